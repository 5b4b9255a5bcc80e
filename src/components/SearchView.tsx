import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { searchSite } from '@/data/search'
import { getSiteSettings } from '@/data/siteSettings'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { MAX_QUERY_TERMS } from '@/search/query'
import { socialMetadata, titled } from '@/site/metadata'
import { contentSections } from '@/routing/paths'
import { shareImage } from '@/site/shareCard'
import { pathsFor } from '@/site/urls'

import { Highlight } from './Highlight'
import { Page } from './Page'
import { SearchBox } from './SearchBox'

/** The search page's metadata, with or without a query: not for search engines, with the page's card. */
export async function searchMetadata(locale: Locale): Promise<Metadata> {
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Search' }), getSiteSettings(locale)])
  const title = titled(t('title'), settings.siteTitle)
  return {
    title,
    robots: { index: false, follow: true },
    ...socialMetadata({ locale, title, image: await shareImage(locale, t('title')) }),
  }
}

/**
 * The search page: the box, and for a query its results (or "took too long"). The language
 * switcher leads to the same search in the other language.
 */
export async function SearchView({ locale, raw }: { locale: Locale; raw: string }) {
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: 'Search' }), searchSite(locale, raw)])
  const { query } = result
  const hits = result.status === 'ok' ? result.hits : []
  const paths = pathsFor({ pathname: '/search', ...(query ? { query: { q: query } } : {}) })

  return (
    <Page locale={locale} paths={paths}>
      <h1>{t('title')}</h1>
      <SearchBox locale={locale} query={query} />
      <div
        role="status"
        className="search-summary"
        data-search-status={result.status}
        // What the page's beacon counts (public/language-switch.js): the search and whether it found anything.
        {...(query && result.status === 'ok' ? { 'data-search-query': query, 'data-search-hits': hits.length } : {})}
      >
        {!query
          ? t('prompt')
          : result.status === 'timeout'
            ? t('timeout')
            : hits.length === 0
              ? t.rich('empty', { query, faq: (chunks) => <Link href="/faq">{chunks}</Link> })
              : t('results', { count: hits.length, query })}
      </div>
      {result.ignoredTerms > 0 ? (
        <p className="search-note">{t('ignoredTerms', { max: MAX_QUERY_TERMS, ignored: result.ignoredTerms })}</p>
      ) : null}
      {hits.length > 0 ? (
        <ol className="search-results">
          {hits.map((hit) => (
            <li key={`${hit.kind}-${hit.id}`}>
              <p className="tag">{t(hit.kind)}</p>
              <h2>
                <Link href={{ pathname: contentSections[hit.kind].entry, params: { slug: hit.slug } }}>
                  <Highlight parts={hit.title} />
                </Link>
              </h2>
              {hit.snippet.length ? (
                <p>
                  <Highlight parts={hit.snippet} />
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </Page>
  )
}
