import type { PayloadRequest } from 'payload'

import type { ContentCollectionSlug } from '../collections/slugs'
import type { Locale } from '../i18n/locales'
import { inSameRequest } from './sameRequest'

export type PublishedSlugs = Partial<Record<Locale, string | null>>

/**
 * An entry as its published version stands, read inside a hook (in its transaction, the request
 * left as it was): its slugs in every language and whether it is public; null when it cannot be read.
 */
export async function publishedEntry(
  collection: ContentCollectionSlug,
  id: number | string,
  req: PayloadRequest,
): Promise<{ slugs: PublishedSlugs; isPublic: boolean } | null> {
  const doc = await inSameRequest(req, () =>
    req.payload
      .findByID({
        collection,
        id,
        locale: 'all',
        draft: false,
        overrideAccess: true,
        depth: 0,
        select: { slug: true, _status: true },
        req,
      })
      .catch(() => null),
  )
  return doc && { slugs: (doc.slug ?? {}) as PublishedSlugs, isPublic: doc._status === 'published' }
}
