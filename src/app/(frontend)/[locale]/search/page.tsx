import type { Metadata } from 'next'

import { SearchView, searchMetadata } from '@/components/SearchView'
import { pageLocale } from '@/i18n/pageLocale'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(await pageLocale(params))
}

/**
 * The search page before a search: prerendered. A search (`?q=…`) is sent by the proxy to its own
 * results page, ./[query] (src/search/rewrite.ts).
 */
export default async function SearchPage({ params }: Props) {
  return <SearchView locale={await pageLocale(params)} raw="" />
}
