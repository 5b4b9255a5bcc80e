import { getTranslations } from 'next-intl/server'

import { MAX_QUERY_LENGTH } from '@/search/query'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'

/** A plain GET form to the search page: works without JavaScript. */
export async function SearchBox({ locale, query = '' }: { locale: Locale; query?: string }) {
  const t = await getTranslations({ locale, namespace: 'Search' })
  return (
    <form role="search" action={getPathname({ locale, href: '/search' })} method="get" className="search-box">
      <label htmlFor="search-q">{t('label')}</label>
      <span className="search-row">
        <input id="search-q" name="q" type="search" defaultValue={query} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">{t('submit')}</button>
      </span>
    </form>
  )
}
