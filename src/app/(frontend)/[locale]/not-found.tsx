import { getLocale } from 'next-intl/server'

import { NotFoundPage } from '@/components/NotFoundPage'
import { isLocale } from '@/i18n/locales'

/**
 * The layout's not-found boundary: what the browser shows when a page gives up. The server renders
 * the same page itself (orNotFoundPage in src/components/NotFoundPage.tsx).
 */
export default async function NotFound() {
  const requested = await getLocale()
  return <NotFoundPage locale={isLocale(requested) ? requested : 'it'} />
}
