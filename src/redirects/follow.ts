import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
  Where,
} from 'payload'

import type { ContentCollectionSlug } from '../collections/slugs'
import type { Locale } from '../i18n/locales'
import { inSameRequest } from '../hooks/sameRequest'
import { type PublishedSlugs, publishedEntry } from '../hooks/publishedEntry'
import { refreshPages } from '../topology/refresh'
import { appPathsOf, type EntryPageCollection, entryAddresses, hasEntryPages } from './pages'

/**
 * Redirects that follow the content. Only what is published counts: a draft's new slug moves
 * nothing until it is published. When an entry's page moves in a language, its former address
 * gets a redirect to the entry in that language (the lookup finds the entry's current address, so
 * renaming twice never chains); an address an entry holds now is nobody's redirect any more
 * (renamed back, or taken by another entry: the page wins); a deleted entry takes its redirects
 * with it.
 */

const contextKey = (collection: string, id: unknown) => `publishedSlugs:${collection}:${String(id)}`

type Slugs = PublishedSlugs

/** The entry's slugs as last published, in every language; null while it is not published. */
async function publishedSlugs(
  collection: ContentCollectionSlug,
  id: number | string,
  req: PayloadRequest,
): Promise<Slugs | null> {
  const published = await publishedEntry(collection, id, req)
  return published?.isPublic ? published.slugs : null
}

/**
 * The addresses a save took from the entry, per language, with the language each is in. A page
 * that moved counts; so does the English page of an entry not translated yet, which sits at the
 * Italian slug and moves with it. Not the first English slug: until then the English page was the
 * Italian text at the Italian slug, and that address is a 404 once the entry is translated, as for
 * any translated entry (tests/e2e/site.e2e.ts).
 */
export function leftAddresses(
  collection: ContentCollectionSlug,
  before: Slugs | null,
  now: Slugs | null,
): [Locale, string][] {
  if (!before || !now) return []
  const [from, to] = [entryAddresses(collection, before), entryAddresses(collection, now)]
  return (Object.entries(from) as [Locale, string][]).filter(
    ([locale, address]) => to[locale] && to[locale] !== address && !(!before[locale] && now[locale]),
  )
}

/** Before a save: the slugs the entry is published at (what the save may move). */
export const rememberPublishedSlugs =
  (collection: ContentCollectionSlug): CollectionBeforeChangeHook =>
  async ({ operation, originalDoc, req, context, data }) => {
    if (hasEntryPages(collection) && operation === 'update' && originalDoc?.id !== undefined)
      context[contextKey(collection, originalDoc.id)] = await inSameRequest(req, () =>
        publishedSlugs(collection, originalDoc.id, req),
      )
    return data
  }

/** After a save: redirects from the addresses the published entry left, none from those it holds. */
export const followPublishedSlugs =
  (collection: ContentCollectionSlug): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (!hasEntryPages(collection)) return doc
    const before = (context[contextKey(collection, doc.id)] ?? null) as Slugs | null
    const moved = await inSameRequest(req, async () => {
      const now = await publishedSlugs(collection, doc.id, req)
      for (const [locale, from] of leftAddresses(collection, before, now))
        await redirectToEntry(from, collection, doc.id, locale, req)
      const held = Object.values(entryAddresses(collection, now))
      if (held.length) await deleteRedirects({ from: { in: held } }, req)
      return JSON.stringify(entryAddresses(collection, now)) !== JSON.stringify(entryAddresses(collection, before))
    })
    if (moved && !context.disableRevalidate) await refreshRedirectsOf(collection, doc.id, req)
    return doc
  }

const entryRedirects = (collection: ContentCollectionSlug, id: number | string): Where => ({
  and: [{ entryCollection: { equals: collection } }, { entryId: { equals: id } }],
})

/**
 * The entry's pages moved (renamed, published or unpublished): every redirect to it answers
 * differently now — a cached 301 to its previous address would add a hop — so they are refreshed.
 */
async function refreshRedirectsOf(collection: EntryPageCollection, id: number | string, req: PayloadRequest) {
  const { docs } = await inSameRequest(req, () =>
    req.payload.find({
      collection: 'redirects',
      where: entryRedirects(collection, id),
      overrideAccess: true,
      depth: 0,
      limit: 0,
      pagination: false,
      select: { from: true },
      req,
    }),
  )
  if (docs.length) await refreshPages([{ paths: docs.flatMap((doc) => appPathsOf(doc.from)), removed: true }])
}

/** After a delete: its redirects lead nowhere. */
export const dropRedirectsOfDeleted =
  (collection: ContentCollectionSlug): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    if (!hasEntryPages(collection)) return doc
    await inSameRequest(req, () => deleteRedirects(entryRedirects(collection, doc.id), req))
    return doc
  }

/** One redirect per address: an older one from the same address now follows this entry. */
async function redirectToEntry(
  from: string,
  entryCollection: EntryPageCollection,
  entryId: number | string,
  entryLocale: Locale,
  req: PayloadRequest,
): Promise<void> {
  const data = { from, to: null, entryCollection, entryId: Number(entryId), entryLocale } as const
  const existing = await req.payload.find({
    collection: 'redirects',
    where: { from: { equals: from } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    req,
  })
  const [current] = existing.docs
  if (current) await req.payload.update({ collection: 'redirects', id: current.id, data, overrideAccess: true, req })
  else await req.payload.create({ collection: 'redirects', data, overrideAccess: true, req })
}

async function deleteRedirects(where: Where, req: PayloadRequest): Promise<void> {
  await req.payload.delete({ collection: 'redirects', where, overrideAccess: true, req })
}
