import type { Payload } from 'payload'

import type { ContentCollectionSlug } from '../collections/slugs'
import { type Locale, locales } from '../i18n/locales'
import { entryPagePaths, pagePaths, sectionNames } from '../routing/paths'
import { type PageTable, pageTable } from '../routing/table'

/**
 * The public pages a beacon may count, as the visitor's address bar shows them (`/it`,
 * `/it/domande-frequenti`, `/en/faq/<published English slug>`): each page of the page table in
 * each language, with the paths src/routing/paths.ts gives it, and the published slugs of each
 * language for entries. Anything else is refused, so made-up paths never reach the tables.
 */

// Beacons' paths are compared decoded; the routing's are percent-encoded where they need to be.
const unescaped = (path: string) => decodeURIComponent(path)
const noSlug = Object.fromEntries(locales.map((locale) => [locale, ''])) as Record<Locale, string>

/**
 * The pages of `table` (the site's, or one a test makes) a beacon may name: its sections (no dynamic
 * segment; the preview is not public), public path → language, and the path before the slug of its
 * entries' own pages (an entry page at an empty slug: `/it/domande-frequenti/`), per language.
 */
export function countedPages<C extends string>(table: PageTable<C>) {
  const sections = new Map<string, Locale>(
    sectionNames(table).flatMap((name) => {
      const paths = pagePaths(name, table)
      return locales.map((locale) => [unescaped(paths[locale]), locale] as const)
    }),
  )
  const entryPrefixes = Object.entries(table).flatMap(([name, { content }]) => {
    if (!content?.entryPages) return []
    const prefixes = entryPagePaths(name, noSlug, table)
    return locales.map((locale) => ({ locale, collection: content.collection, prefix: unescaped(prefixes[locale]) }))
  })
  return { sections, entryPrefixes }
}

const { sections, entryPrefixes } = countedPages(pageTable)

const SLUGS_FRESH_MS = 60_000
const SLUGS_RETRY_MS = 5_000
type SlugCache = { slugs: Set<string>; at: number; loading?: Promise<Set<string>> }
const slugCache = new Map<string, SlugCache>()

async function loadSlugs(payload: Payload, collection: ContentCollectionSlug, locale: Locale): Promise<Set<string>> {
  // The table names come from the route table, never from the request (`kit-items` → `kit_items`).
  const table = collection.replace(/-/g, '_')
  const { rows } = await payload.db.pool.query(
    `SELECT l.slug FROM ${table} e JOIN ${table}_locales l ON l._parent_id = e.id
     WHERE e._status = 'published' AND l._locale = $1 AND l.slug IS NOT NULL`,
    [locale],
  )
  return new Set(rows.map((row: { slug: string }) => row.slug))
}

/**
 * The published slugs of `collection` in `locale`, read at most once a minute (and, for a slug not
 * yet known, again after a few seconds: an entry just published is counted soon).
 */
async function publishedSlug(payload: Payload, collection: ContentCollectionSlug, locale: Locale, slug: string) {
  const key = `${collection}:${locale}`
  const now = Date.now()
  let cached = slugCache.get(key)
  const stale = !cached || now - cached.at > SLUGS_FRESH_MS
  const retry = cached && !cached.slugs.has(slug) && now - cached.at > SLUGS_RETRY_MS
  if (stale || retry) {
    if (!cached?.loading) {
      const entry: SlugCache = cached ?? { slugs: new Set(), at: 0 }
      entry.loading = loadSlugs(payload, collection, locale).finally(() => {
        entry.loading = undefined
      })
      slugCache.set(key, entry)
      cached = entry
    }
    const slugs = await cached!.loading!
    cached!.slugs = slugs
    cached!.at = Date.now()
  }
  return cached!.slugs.has(slug)
}

/** Forgets the published slugs read so far (tests, after publishing). */
export const forgetPublishedSlugs = (): void => slugCache.clear()

export const MAX_PATH_LENGTH = 300

/**
 * The page's language when `path` is a public page of the site (a section, or an entry published
 * in that language), else null. `path` is the address bar's pathname, percent-encoded or not.
 */
export async function publicPageLocale(payload: Payload, path: string): Promise<Locale | null> {
  if (path.length > MAX_PATH_LENGTH || !path.startsWith('/')) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return null
  }
  const section = sections.get(decoded)
  if (section) return section
  for (const { locale, collection, prefix } of entryPrefixes) {
    if (!decoded.startsWith(prefix)) continue
    const slug = decoded.slice(prefix.length)
    if (!slug || slug.includes('/')) return null
    return (await publishedSlug(payload, collection, locale, slug)) ? locale : null
  }
  return null
}

/** The search page's public path in `locale` (`/it/cerca`, `/en/search`). */
export const searchPagePath = (locale: Locale): string => unescaped(pagePaths('search')[locale])

/** The English public path of an entry's own page (`/en/faq/<slug>`), or null when it has none. */
export function entryPagePath(collection: string, locale: Locale, slug: string | null | undefined): string | null {
  const found = entryPrefixes.find((p) => p.collection === collection && p.locale === locale)
  return found && slug ? `${found.prefix}${slug}` : null
}
