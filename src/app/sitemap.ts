import type { MetadataRoute } from 'next'

import { listFaqs } from '@/data/faqs'
import { listServices } from '@/data/services'
import type { EntryView } from '@/data/views'
import { siteUrl } from '@/env'
import { locales } from '@/i18n/locales'
import { entryPaths, sectionPaths } from '@/i18n/urls'

const sections = ['/', '/faq', '/services', '/kit', '/association', '/contact', '/privacy'] as const

/** Every public page in each language, with its alternates; untranslated entries only in Italian. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl()
  const urls: MetadataRoute.Sitemap = []
  const add = (paths: Record<string, string>, inLocales: readonly string[] = locales) => {
    const languages = Object.fromEntries(inLocales.map((l) => [l, base + paths[l]]))
    for (const locale of inLocales) urls.push({ url: base + paths[locale], alternates: { languages } })
  }
  for (const section of sections) add(sectionPaths(section))
  const [faqs, services] = await Promise.all([listFaqs('it'), listServices('it')])
  const entries: Array<['/faq/[slug]' | '/services/[slug]', EntryView[]]> = [
    ['/faq/[slug]', faqs],
    ['/services/[slug]', services],
  ]
  for (const [pathname, items] of entries) {
    for (const item of items) add(entryPaths(pathname, item.slugs), item.translatedIn)
  }
  return urls
}
