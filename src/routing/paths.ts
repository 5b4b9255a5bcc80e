import type { ContentCollectionSlug } from '../collections/slugs'
import { type Locale, locales } from '../i18n/locales'
import { type PageDefinition, type PageTable, pageTable } from './table'

/*
 * What the page table (./table.ts) says, in the forms its readers need. Each function takes the
 * table as its last argument, the site's own by default, so that a test can show what a new entry
 * gives (tests/int/page-table.test.ts).
 */

type Table = typeof pageTable
/** A page's one name: its key in the table. */
export type PageName = keyof Table
/** Pages without a dynamic segment: the site's sections. */
export type SectionName = { [N in PageName]: Table[N]['path'] extends `${string}[${string}` ? never : N }[PageName]
type EntryPageName = { [N in PageName]: Table[N] extends { content: { entryPages: true } } ? N : never }[PageName]
/** The pages in the header menu; the site settings hold a label for each. */
export type NavigationPage = { [N in PageName]: Table[N] extends { navigation: true } ? N : never }[PageName]
/** The pages that may open with an image chosen in the site settings. */
export type HeroPage = { [N in PageName]: Table[N] extends { hero: true } ? N : never }[PageName]

export type SectionPathname = Table[SectionName]['path']
/** Pages of one entry, by its slug. */
export type EntryPathname = `${Table[EntryPageName]['path']}/[slug]`
export type AppPathname = Table[PageName]['path'] | EntryPathname

/** A path the same in every language, or its version in each. */
export type LocalizedPath = string | Readonly<Record<Locale, string>>

const entryPathOf = (path: string) => `${path}/[slug]`

/** The page showing `collection`, with its name; undefined when the content type has no page. */
export function pageOfCollection(
  collection: string,
  table: PageTable<string> = pageTable,
): [name: string, page: PageDefinition<string>] | undefined {
  return Object.entries(table).find(([, page]) => page.content?.collection === collection)
}

/**
 * next-intl's `pathnames`: every page's internal path and its public path in each language, its
 * entries' pages after it (`/faq/[slug]` ↔ `/domande-frequenti/[slug]`).
 */
export function pathnamesOf(table: PageTable<string>): Record<string, LocalizedPath> {
  return Object.fromEntries(
    Object.values(table).flatMap(({ path, localized, content }) => {
      const own: [string, LocalizedPath] = [path, localized ?? path]
      if (!content?.entryPages) return [own]
      const entries = localized
        ? Object.fromEntries(locales.map((locale) => [locale, entryPathOf(localized[locale])]))
        : entryPathOf(path)
      return [own, [entryPathOf(path), entries as LocalizedPath]]
    }),
  )
}

/** Every public page and its path in each language (next-intl's `pathnames`). */
export const pathnames = pathnamesOf(pageTable) as { readonly [P in AppPathname]: LocalizedPath }

/** Where a content type is shown: its section, and its entries' own pages (or anchors on the section). */
export interface ContentSection {
  section: SectionPathname
  entry: EntryPathname | null
}

type PageOf<C extends ContentCollectionSlug> = {
  [N in PageName]: Table[N] extends { content: { collection: C } } ? Table[N] : never
}[PageName]

type ContentSections = {
  [C in ContentCollectionSlug]: {
    section: PageOf<C>['path']
    entry: PageOf<C> extends { content: { entryPages: true } } ? `${PageOf<C>['path']}/[slug]` : null
  }
}

/** The public pages of each content type: read by revalidation, redirects, the sitemap and insights. */
export const contentSections = Object.fromEntries(
  Object.values(pageTable as PageTable).flatMap(({ path, content }) =>
    content ? [[content.collection, { section: path, entry: content.entryPages ? entryPathOf(path) : null }]] : [],
  ),
) as ContentSections

/**
 * Every page that can show an entry of `collection`, as the app's internal paths in every locale:
 * the home page, its section and the entry's own page at each of `slugs` (old and new).
 */
export function internalPathsOf(
  collection: string,
  slugs: readonly string[],
  table: PageTable<string> = pageTable,
): string[] {
  const page = pageOfCollection(collection, table)?.[1]
  if (!page) return []
  return locales.flatMap((locale) => [
    `/${locale}`,
    `/${locale}${page.path}`,
    ...(page.content?.entryPages
      ? slugs.map((slug) => `/${locale}${entryPathOf(page.path).replace('[slug]', slug)}`)
      : []),
  ])
}

/** Fills a path's dynamic segments and adds its locale: what next-intl's `getPathname` returns. */
export function localizedPath(
  template: LocalizedPath,
  locale: Locale,
  params: Record<string, string | number> = {},
  query?: Record<string, string>,
): string {
  const filled = (typeof template === 'string' ? template : template[locale]).replace(
    /\[([^\]]+)\]/g,
    (_, key: string) => {
      const value = params[key]
      if (value === undefined) throw new Error(`No value for [${key}] of ${JSON.stringify(template)}`)
      return String(value)
    },
  )
  const path = new URL(filled, 'http://l').pathname // encodes what needs encoding, never twice
  const prefixed = path === '/' ? `/${locale}` : `/${locale}${path}`
  return query ? `${prefixed}?${new URLSearchParams(query)}` : prefixed
}

/** A section's public path in each language (`{ it: '/it/domande-frequenti', en: '/en/faq' }`). */
export function pagePaths(name: string, table: PageTable<string> = pageTable): Record<Locale, string> {
  const page = table[name]
  if (!page) throw new Error(`No page named ${name}`)
  return Object.fromEntries(
    locales.map((locale) => [locale, localizedPath(page.localized ?? page.path, locale)]),
  ) as Record<Locale, string>
}

/** An entry's own page in each language, at its slug in that language. */
export function entryPagePaths(
  name: string,
  slugs: Record<Locale, string>,
  table: PageTable<string> = pageTable,
): Record<Locale, string> {
  const page = table[name]
  if (!page?.content?.entryPages) throw new Error(`Page ${name} has no entry pages`)
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      localizedPath(entryPathOf(page.localized?.[locale] ?? page.path), locale, { slug: slugs[locale] }),
    ]),
  ) as Record<Locale, string>
}

const namesWhere = (table: PageTable<string>, keep: (page: PageDefinition<string>) => unknown) =>
  Object.entries(table)
    .filter(([, page]) => keep(page))
    .map(([name]) => name)

/** The pages without a dynamic segment (the site's sections, the search, the privacy notice), in the table's order. */
export const sectionNames = (table: PageTable<string> = pageTable): string[] =>
  namesWhere(table, (page) => !page.path.includes('['))

/** The sections the sitemap lists, in the table's order (their entries' pages follow from `content`). */
export const sitemapSections = (table: PageTable<string> = pageTable): string[] =>
  sectionNames(table).filter((name) => table[name]!.sitemap)

/** The header menu, in the table's order, with each page's internal path. */
export const navigation = (table: PageTable<string> = pageTable) =>
  namesWhere(table, (page) => page.navigation).map((name) => ({
    name,
    path: table[name]!.path,
    label: adminLabelOf(name, table),
  }))

/** The site's header menu: each page's label is the site settings', else its name in the admin. */
export const headerMenu = navigation() as Array<{
  name: NavigationPage
  path: SectionPathname
  label: Readonly<Record<Locale, string>>
}>

/** The names and admin labels of the pages with a navigation label or an opening image (site settings). */
export const settingsPages = (kind: 'navigation' | 'hero', table: PageTable<string> = pageTable) =>
  namesWhere(table, (page) => page[kind]).map((name) => ({
    name,
    label: adminLabelOf(name, table),
  }))

function adminLabelOf(name: string, table: PageTable<string>): Readonly<Record<Locale, string>> {
  return (
    table[name]!.adminLabel ?? (Object.fromEntries(locales.map((locale) => [locale, name])) as Record<Locale, string>)
  )
}

/** The preview of a draft (src/app/(frontend)/[locale]/preview). */
export const previewPath = (locale: Locale, collection: string, id: number | string) =>
  `/${locale}${pageTable.preview.path.replace('[collection]', collection).replace('[id]', String(id))}`

/**
 * A search's results page, after the locale: the proxy serves `/it/cerca?q=…` from
 * `/it/search/<token>` (src/search/rewrite.ts), which the page cache keeps.
 */
// The table's search page is at ./searchSegment.mjs's segment, by which the page cache handler
// recognises a search's results.
export const searchResultsPathname = `${pageTable.search.path}/[query]` as const

export const searchResultsPath = (locale: Locale, token: string) =>
  `/${locale}${searchResultsPathname.replace('[query]', token)}`
