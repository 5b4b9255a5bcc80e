import { notFound } from 'next/navigation'

import { orNotFoundPage } from '@/components/NotFoundPage'
import { pageLocale } from '@/i18n/pageLocale'

/**
 * Any path the site does not know renders the 404 page in the address's language (the proxy sends
 * addresses without one here in Italian, and sets the 404 status: src/proxy.ts).
 */
export default orNotFoundPage(async function CatchAll({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params)
  notFound()
})
