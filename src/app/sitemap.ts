import type { MetadataRoute } from 'next'

import { contentSections } from '@/site/paths'
import { siteUrl } from '@/env'
import { locales } from '@/i18n/locales'
import { contentPages } from '@/site/pages'
import { entryPaths, sectionPaths } from '@/site/urls'

/** Every public page in each language, with its alternates; untranslated entries only in Italian. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const urls: MetadataRoute.Sitemap = []
  const add = (paths: Record<string, string>, inLocales: readonly string[] = locales) => {
    const languages = Object.fromEntries(inLocales.map((l) => [l, base + paths[l]]))
    for (const locale of inLocales) urls.push({ url: base + paths[locale], alternates: { languages } })
  }
  const sections = ['/', ...Object.values(contentSections).map((c) => c.section), '/contact', '/privacy'] as const
  for (const section of sections) add(sectionPaths(section))
  for (const page of Object.values(contentPages)) {
    const { entry } = page
    if (!entry) continue
    for (const item of await page.list('it')) add(entryPaths(entry, item.slugs), item.translatedIn)
  }
  return urls
}
