import type { PayloadRequest } from 'payload'

import { contentCollectionSlugs } from '../collections/slugs'
import { defaultLocale, isLocale, type Locale } from '../i18n/locales'
import { contentSections } from '../routing/paths'
import { inSameRequest } from '../hooks/sameRequest'
import { appPathsOf, entryAddresses, isSectionPage } from './pages'

/**
 * Addresses that are never a redirect's to take: the admin, the API, Next's own files, share cards,
 * previews and the site's files at the root. A redirect from one of them would never be reached.
 */
const RESERVED =
  /^\/(admin|api|_next|share|(it|en)\/preview)(\/|$)|^\/(sitemap\.xml|robots\.txt|favicon\.ico|icon\.svg|apple-icon\.png|language-switch\.js)?$/

/** Whether a public address answers with a page now: a section, a published entry, or the site's own. */
export async function currentPageAt(publicPath: string, req: PayloadRequest): Promise<boolean> {
  if (RESERVED.test(publicPath) || isSectionPage(publicPath)) return true
  const [appPath = publicPath] = appPathsOf(publicPath)
  const [, locale = '', section, slug, ...more] = appPath.split('/')
  if (!isLocale(locale) || !slug || more.length) return false
  for (const collection of contentCollectionSlugs) {
    if (contentSections[collection].entry !== `/${section}/[slug]`) continue
    if (await publishedEntryAt(collection, locale, decodeURIComponent(slug), publicPath, req)) return true
  }
  return false
}

/** A published entry whose own page in `locale` is this address (its slug there, or its Italian one). */
async function publishedEntryAt(
  collection: (typeof contentCollectionSlugs)[number],
  locale: Locale,
  slug: string,
  publicPath: string,
  req: PayloadRequest,
): Promise<boolean> {
  const { docs } = await inSameRequest(req, () =>
    req.payload.find({
      collection,
      locale: 'all',
      where: {
        and: [
          { _status: { equals: 'published' } },
          { or: [{ [`slug.${locale}`]: { equals: slug } }, { [`slug.${defaultLocale}`]: { equals: slug } }] },
        ],
      },
      draft: false,
      overrideAccess: true,
      depth: 0,
      limit: 2,
      pagination: false,
      select: { slug: true },
      req,
    }),
  )
  // `as never`: Payload types a `locale: 'all'` read as one locale's string, and inAllLocales needs
  // one collection, not the union `collection` is.
  return docs.some((doc) => entryAddresses(collection, doc.slug as never)[locale] === publicPath)
}
