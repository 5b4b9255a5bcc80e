import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import type { ContentCollectionSlug } from '../collections'
import { type Locale, locales } from '../i18n/locales'

/** The public section (index) and entry paths of each page-backed collection, per locale. */
const sections: Record<ContentCollectionSlug, { internal: string; entries: boolean }> = {
  faqs: { internal: 'faq', entries: true },
  services: { internal: 'services', entries: true },
  'kit-items': { internal: 'kit', entries: false },
  associations: { internal: 'association', entries: false },
}

type Slugs = Partial<Record<Locale, string | null>> | string | null | undefined

async function revalidate(paths: string[]): Promise<void> {
  // Only inside the Next server: scripts and tests change content without a page cache.
  let revalidatePath: (path: string, type?: 'page' | 'layout') => void
  try {
    ;({ revalidatePath } = await import('next/cache'))
    for (const path of new Set(paths)) revalidatePath(path)
  } catch {
    // not running inside Next: nothing is cached
  }
}

const slugValues = (slugs: Slugs): string[] =>
  !slugs ? [] : typeof slugs === 'string' ? [slugs] : Object.values(slugs).filter((s): s is string => Boolean(s))

/**
 * Every page that can show this entry, in every locale: the home page, the section index and the
 * entry's own page at its old and new slugs (an untranslated entry uses its Italian slug). Paths
 * are the app's internal ones (`/it/faq/…`), which is what the page cache is keyed by.
 */
export function pathsToRevalidate(collection: ContentCollectionSlug, ...slugSets: Slugs[]): string[] {
  const { internal, entries } = sections[collection]
  const slugs = slugSets.flatMap(slugValues)
  return locales.flatMap((locale) => [
    `/${locale}`,
    `/${locale}/${internal}`,
    ...(entries ? slugs.map((slug) => `/${locale}/${internal}/${slug}`) : []),
  ])
}

export const revalidateAfterChange =
  (collection: ContentCollectionSlug): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, context, req }) => {
    if (context.disableRevalidate) return doc
    // Slugs of every locale, old and new, whatever locale this save was made in.
    const all = await req.payload
      .findByID({ collection, id: doc.id, locale: 'all', depth: 0, draft: false, overrideAccess: true, req })
      .catch(() => null)
    await revalidate([
      ...pathsToRevalidate(collection, all?.slug as Slugs, doc.slug, previousDoc?.slug),
      '/sitemap.xml',
    ])
    return doc
  }

export const revalidateAfterDelete =
  (collection: ContentCollectionSlug): CollectionAfterDeleteHook =>
  async ({ doc, context }) => {
    if (!context.disableRevalidate) await revalidate([...pathsToRevalidate(collection, doc.slug), '/sitemap.xml'])
    return doc
  }

/** Site settings appear on every page. */
export const revalidateEverything: GlobalAfterChangeHook = async ({ doc, context }) => {
  if (context.disableRevalidate) return doc
  try {
    const { revalidatePath } = await import('next/cache')
    revalidatePath('/', 'layout')
  } catch {
    // not running inside Next
  }
  return doc
}
