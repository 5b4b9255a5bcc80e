import type { Where } from 'payload'

import type { ContentCollectionSlug } from '../collections'
import { defaultLocale, type Locale, locales } from '../i18n/locales'
import { payloadClient } from './client'

/** A published entry with every localized field as `{ it, en }`. */
export type AllLocalesDoc = Record<string, unknown> & { id: number; slug?: Partial<Record<Locale, string | null>> }

/**
 * Every published entry of a collection, all languages at once, in page order. No cap: an index
 * page that silently dropped entries would hide content (bench:scale renders 1,000 FAQs).
 */
export async function listPublished(collection: ContentCollectionSlug): Promise<AllLocalesDoc[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    overrideAccess: false,
    draft: false,
    sort: ['order', 'id'],
    limit: 0,
    depth: 1,
    pagination: false,
  })
  return docs as unknown as AllLocalesDoc[]
}

/**
 * The published entry at `slug` in `locale`. An entry without an English slug (not translated
 * yet) is also found by its Italian slug, so its English page can show the Italian text.
 */
export async function findPublishedBySlug(
  collection: ContentCollectionSlug,
  locale: Locale,
  slug: string,
): Promise<AllLocalesDoc | null> {
  const payload = await payloadClient()
  const find = async (where: Where, inLocale: Locale) =>
    (
      await payload.find({
        collection,
        locale: inLocale,
        where,
        overrideAccess: false,
        draft: false,
        limit: 1,
        depth: 0,
        select: { slug: true },
      })
    ).docs[0]

  let match = await find({ slug: { equals: slug } }, locale)
  if (!match && locale !== defaultLocale) {
    const italian = await find({ slug: { equals: slug } }, defaultLocale)
    if (italian) {
      const own = await payload.findByID({
        collection,
        id: italian.id,
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        depth: 0,
        select: { slug: true },
      })
      if (!own.slug) match = italian
    }
  }
  if (!match) return null
  const doc = await payload.findByID({ collection, id: match.id, locale: 'all', overrideAccess: false, depth: 1 })
  return doc as unknown as AllLocalesDoc
}

export const isKnownLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value)
