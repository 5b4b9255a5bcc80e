import type { MetadataRoute } from 'next'

import type { ContentCollectionSlug } from '@/collections/slugs'
import { siteUrl } from '@/env'
import { sitemapOf } from '@/routing/sitemap'
import { contentPages } from '@/site/pages'

/** Every public page in each language, with its alternates (src/routing/table.ts says which). */
export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapOf<ContentCollectionSlug>(siteUrl(), (collection) => contentPages[collection].list('it'))
}
