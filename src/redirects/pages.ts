import { type ContentCollectionSlug, contentCollectionSlugs } from '../collections/slugs'
import { publicPathOf } from '../topology/edge/purge'
import { defaultLocale, isLocale, type Locale, locales } from '../i18n/locales'
import { contentSections, pathnames } from '../routing/paths'
import { canonicalPath } from './address'

/** An entry's own page in each language where it has one: `{ it: '/it/domande-frequenti/x', … }`. */
export type Addresses = Partial<Record<Locale, string>>

type Slugs = Partial<Record<Locale, string | null>> | null | undefined

/**
 * Where an entry's own page is in each language, as visitors ask for it. An entry not translated
 * into English has its English page at its Italian slug (src/data/entries.ts), so that address moves
 * with the Italian slug. Kit items and associations are anchors on their section page: none.
 */
export function entryAddresses(collection: ContentCollectionSlug, slugs: Slugs): Addresses {
  const { entry } = contentSections[collection]
  if (!entry) return {}
  const addresses: Addresses = {}
  for (const locale of locales) {
    const slug = slugs?.[locale] || slugs?.[defaultLocale]
    if (slug) addresses[locale] = canonicalPath(publicPathOf(`/${locale}${entry.replace('[slug]', slug)}`))
  }
  return addresses
}

/** The section paths of `pathnames` in one language, as visitors see them: `/domande-frequenti` → `/faq`. */
function localizedPatterns(locale: Locale): [appPattern: string, publicPattern: string][] {
  return Object.entries(pathnames).map(([app, localized]) => [
    app,
    typeof localized === 'string' ? localized : localized[locale],
  ])
}

/**
 * The app paths (what Next's page cache is keyed by) that answer a public address: the inverse of
 * `publicPathOf` (src/topology/edge/purge.ts). `/it/domande-frequenti/x` → `/it/faq/x`; an address the site
 * does not know is its own app path (answered 404 by the generated section or entry route or the
 * catch-all, by its depth). One without a language is answered in each language as well: the proxy sends `/chi-sono` to `/it/chi-sono` or `/en/…`, and
 * `/faq.html` is rewritten to `/it/faq.html` (next.config.ts).
 */
export function appPathsOf(publicPath: string): string[] {
  const [, first = '', ...rest] = publicPath.split('/')
  if (!isLocale(first)) return [publicPath, ...locales.map((locale) => `/${locale}${publicPath}`)]
  const tail = `/${rest.join('/')}`
  for (const [app, pattern] of localizedPatterns(first)) {
    if (!pattern.includes('[')) {
      if (pattern === tail && app !== '/') return [`/${first}${app}`]
      continue
    }
    const [prefix] = pattern.split('[')
    if (pattern.endsWith('/[slug]') && rest.length === pattern.split('/').length - 1 && tail.startsWith(prefix!))
      return [`/${first}${app.replace('[slug]', rest.at(-1)!)}`]
  }
  return [publicPath]
}

/** Whether a public address is one of the site's section pages (home, FAQ, contact, …) in a language. */
export function isSectionPage(publicPath: string): boolean {
  const [, first = '', ...rest] = publicPath.split('/')
  if (!isLocale(first)) return false
  const tail = rest.length ? `/${rest.join('/')}` : '/'
  return localizedPatterns(first).some(([, pattern]) => pattern === tail)
}

/** The content types whose entries have a page of their own, hence addresses that can move. */
export type EntryPageCollection = {
  [S in ContentCollectionSlug]: (typeof contentSections)[S]['entry'] extends null ? never : S
}[ContentCollectionSlug]

export const hasEntryPages = (slug: ContentCollectionSlug): slug is EntryPageCollection =>
  contentSections[slug].entry !== null

export const entryPageCollections = contentCollectionSlugs.filter(hasEntryPages)
