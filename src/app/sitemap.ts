import type { MetadataRoute } from 'next'

import { siteUrl } from '@/env'
import { sitemapOf } from '@/routing/sitemap'
import { pageTable } from '@/routing/table'
import { contentPages } from '@/site/pages'

/** Every public page in each language, with its alternates (src/routing/table.ts says which). */
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapOf(siteUrl(), (collection) => contentPages[collection].list('it'), pageTable)
}
