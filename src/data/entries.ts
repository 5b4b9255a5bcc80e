import type { Where } from 'payload'
import { cache } from 'react'

import { contentTypes } from '../collections/contentTypes'
import { type AllLocalesOf, inAllLocales } from '../collections/documents'
import type { ContentCollectionSlug } from '../collections/slugs'
import { defaultLocale, type Locale } from '../i18n/locales'
import { payloadClient } from './client'
import { entryView, type EntryViewOf } from './views'

/** How a content type's pages list its entries: the type's own sort (src/collections/content.ts), then by id. */
export const listSort = (collection: ContentCollectionSlug): string[] => [contentTypes[collection].defaultSort, 'id']

/**
 * Every published entry of a collection, all languages at once, in its type's order. No cap: an
 * index page that silently dropped entries would hide content (bench:scale renders 1,000 FAQs).
 */
export async function listPublished<S extends ContentCollectionSlug>(collection: S): Promise<AllLocalesOf<S>[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    overrideAccess: false,
    draft: false,
    sort: listSort(collection),
    limit: 0,
    depth: 1,
    pagination: false,
  })
  return docs.map((doc) => inAllLocales(collection, doc))
}

/** Every published entry of a collection as its pages show it in `locale` (those with no Italian left out). */
export async function listViews<S extends ContentCollectionSlug, V>(
  collection: S,
  locale: Locale,
  view: (doc: AllLocalesOf<S>, locale: Locale, index: number) => V | null,
): Promise<V[]> {
  return (await listPublished(collection)).map((doc, index) => view(doc, locale, index)).filter((v) => v !== null)
}

/**
 * The published entry at `slug` in `locale`. An entry without an English slug (not translated
 * yet) is also found by its Italian slug, so its English page can show the Italian text.
 */
export async function findPublishedBySlug<S extends ContentCollectionSlug>(
  collection: S,
  locale: Locale,
  slug: string,
): Promise<AllLocalesOf<S> | null> {
  const payload = await payloadClient()
  // The slug lookups read only `id` and `slug`, which every content type has.
  const anyContent: ContentCollectionSlug = collection
  const find = async (where: Where, inLocale: Locale) =>
    (
      await payload.find({
        collection: anyContent,
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
        collection: anyContent,
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
  return inAllLocales(collection, doc)
}

/** Every published entry of `collection` as its pages show it in `locale`, in its type's order. */
export const listEntries = <S extends ContentCollectionSlug>(
  collection: S,
  locale: Locale,
): Promise<EntryViewOf<S>[]> => listViews(collection, locale, (doc, inLocale) => entryView(collection, doc, inLocale))

/** The published entry at `slug` as its page shows it; cached per request (metadata and page both ask). */
export const findEntry = cache(
  async <S extends ContentCollectionSlug>(
    collection: S,
    locale: Locale,
    slug: string,
  ): Promise<EntryViewOf<S> | null> => {
    const doc = await findPublishedBySlug(collection, locale, slug)
    return doc && entryView(collection, doc, locale)
  },
)
