import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

import type { ContentCollectionSlug } from '../collections/slugs'
import type { Locale } from '../i18n/locales'
import { internalPathsOf } from '../routing/paths'
import { type PageChange, refreshPages } from '../topology/refresh'
import { publishedEntry } from './publishedEntry'

// Which pages a save touches. Refreshing them wherever they are cached (Next, Redis, the edge, or
// through an app instance) is the production topology's part: src/topology/refresh.ts.

type Slugs = Partial<Record<Locale, string | null>> | string | null | undefined

const slugValues = (slugs: Slugs): string[] =>
  !slugs ? [] : typeof slugs === 'string' ? [slugs] : Object.values(slugs).filter((s): s is string => Boolean(s))

/**
 * Every page that can show this entry, in every locale, at its old and new slugs (an untranslated
 * entry uses its Italian slug); see src/routing/table.ts.
 */
export const pathsToRevalidate = (collection: ContentCollectionSlug, ...slugSets: Slugs[]): string[] =>
  internalPathsOf(collection, slugSets.flatMap(slugValues))

/**
 * The pages a save touches, split into those that still show the entry (refreshed, the edge may
 * keep the old copy for grace) and those that no longer do: every one of them when the entry is
 * not published any more, else the addresses of slugs it no longer has.
 */
export function changesOfSave(
  collection: ContentCollectionSlug,
  published: Slugs | false,
  ...earlierSlugs: Slugs[]
): PageChange[] {
  const every = [...pathsToRevalidate(collection, published || null, ...earlierSlugs), '/sitemap.xml']
  if (published === false) return [{ paths: every, removed: true }]
  const current = new Set([...pathsToRevalidate(collection, published), '/sitemap.xml'])
  return [
    { paths: every.filter((path) => current.has(path)) },
    { paths: every.filter((path) => !current.has(path)), removed: true },
  ]
}

export const revalidateAfterChange =
  (collection: ContentCollectionSlug): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, context, req }) => {
    if (context.disableRevalidate) return doc
    // The published entry, slugs of every locale, whatever locale this save was made in.
    const published = await publishedEntry(collection, doc.id, req)
    const slugs = published?.slugs
    const isPublic = published?.isPublic === true
    // Unpublished: the pages of every language go, not only those of the language saved in.
    await refreshPages(
      changesOfSave(collection, isPublic ? slugs : false, slugs, doc.slug, previousDoc?.slug),
      false,
      req,
    )
    return doc
  }

/** The entry's slugs in every language, read before it is deleted (afterDelete has one language's). */
export const rememberSlugsBeforeDelete =
  (collection: ContentCollectionSlug): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    req.context.slugsBeforeDelete = (await publishedEntry(collection, id, req))?.slugs
  }

export const revalidateAfterDelete =
  (collection: ContentCollectionSlug): CollectionAfterDeleteHook =>
  async ({ doc, context, req }) => {
    if (!context.disableRevalidate)
      await refreshPages(changesOfSave(collection, false, context.slugsBeforeDelete as Slugs, doc.slug), false, req)
    return doc
  }

/** Site settings appear on every page. */
export const revalidateEverything: GlobalAfterChangeHook = async ({ doc, context, req }) => {
  if (!context.disableRevalidate) await refreshPages([], true, req)
  return doc
}
