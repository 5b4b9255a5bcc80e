import type { MetadataRoute } from 'next'

import { type Locale, locales } from '../i18n/locales'
import { entryPagePaths, pagePaths, sitemapSections } from './paths'
import type { PageTable } from './table'

/** An entry with a page of its own: its slug in each language, and the languages it is translated into. */
export interface SitemapEntry {
  slugs: Record<Locale, string>
  translatedIn: readonly Locale[]
}

/**
 * Every page of the table that the sitemap lists, in each language, with its alternates: its
 * sections, then the pages of the published entries `listEntries` gives for each content type
 * with entry pages (an untranslated entry only in Italian). The site passes its own table.
 */
export async function sitemapOf<C extends string>(
  base: string,
  listEntries: (collection: C) => Promise<SitemapEntry[]>,
  table: PageTable<C>,
): Promise<MetadataRoute.Sitemap> {
  const urls: MetadataRoute.Sitemap = []
  const add = (paths: Record<Locale, string>, inLocales: readonly Locale[] = locales) => {
    const languages = Object.fromEntries(inLocales.map((l) => [l, base + paths[l]]))
    for (const locale of inLocales) urls.push({ url: base + paths[locale], alternates: { languages } })
  }
  const sections = sitemapSections(table)
  for (const name of sections) add(pagePaths(name, table))
  for (const name of sections) {
    const content = table[name]!.content
    if (!content?.entryPages) continue
    for (const entry of await listEntries(content.collection))
      add(entryPagePaths(name, entry.slugs, table), entry.translatedIn)
  }
  return urls
}
