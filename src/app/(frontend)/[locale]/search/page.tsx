import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Highlight } from '@/components/Highlight'
import { Page } from '@/components/Page'
import { SearchBox } from '@/components/SearchBox'
import { MAX_QUERY_TERMS, searchSite } from '@/data/search'
import { getSiteSettings } from '@/data/siteSettings'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { contentSections } from '@/site/paths'
import { socialMetadata, titled } from '@/site/metadata'
import { shareImage } from '@/site/shareCard'
import { sectionPaths } from '@/site/urls'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string | string[] }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Search' }), getSiteSettings(locale)])
  const title = titled(t('title'), settings.siteTitle)
  // Result pages are not for search engines; a shared search still gets the page's card.
  return {
    title,
    robots: { index: false, follow: true },
    ...socialMetadata({ locale, title, image: await shareImage(locale, t('title')) }),
  }
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const raw = (await searchParams).q
  const [t, result] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    searchSite(locale, (Array.isArray(raw) ? raw[0] : raw) ?? ''),
  ])
  const { query } = result
  const hits = result.status === 'ok' ? result.hits : []

  return (
    <Page locale={locale} paths={sectionPaths('/search')}>
      <h1>{t('title')}</h1>
      <SearchBox locale={locale} query={query} />
      <div role="status" className="search-summary">
        {!query
          ? t('prompt')
          : result.status === 'timeout'
            ? t('timeout')
            : hits.length === 0
              ? t('empty', { query })
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
