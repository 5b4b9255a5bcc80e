import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { orNotFoundPage } from '@/components/NotFoundPage'
import { SearchView, searchMetadata } from '@/components/SearchView'
import { pageLocale } from '@/i18n/pageLocale'
import { queryOfToken, searchToken } from '@/search/query'
import { strictCsp } from '@/env'

type Props = { params: Promise<{ locale: string; query: string }> }

/*
 * One page per search (`/it/cerca?q=…` is served from `/it/search/<token>`, see src/proxy.ts):
 * rendered on its first request, then served from the page cache for five minutes — or until
 * something is published — so a repeated search costs what a cached page costs. None at build
 * (but one under the strict CSP, below).
 */
export const revalidate = 300
// With the strict CSP every page is rendered per request (a nonce each): one search rendered at
// build time is how Next learns that this route is too (else its first visitor gets a 500).
export const generateStaticParams = async () => (strictCsp() ? [{ query: searchToken('set') }] : [])

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  // Not a search the proxy makes: the 404 page, which names itself.
  if (queryOfToken((await params).query) === null) return {}
  return searchMetadata(locale)
}

export default orNotFoundPage(async function SearchResultsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const raw = queryOfToken((await params).query)
  if (raw === null) notFound()
  return <SearchView locale={locale} raw={raw} />
})
