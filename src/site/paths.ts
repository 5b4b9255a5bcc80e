import type { ContentCollectionSlug } from '../collections/slugs'
import { type Locale, locales } from '../i18n/locales'

/**
 * Every public page and its path in each language (next-intl's `pathnames`): section paths are
 * translated, entry slugs come from the CMS per locale. Keys are the app's internal paths, which
 * are also what Next's page cache is keyed by (`/it/faq/…`).
 */
export const pathnames = {
  '/': '/',
  '/faq': { it: '/domande-frequenti', en: '/faq' },
  '/faq/[slug]': { it: '/domande-frequenti/[slug]', en: '/faq/[slug]' },
  '/services': { it: '/servizi', en: '/services' },
  '/services/[slug]': { it: '/servizi/[slug]', en: '/services/[slug]' },
  '/kit': '/kit',
  '/association': { it: '/associazione', en: '/association' },
  '/contact': { it: '/contatti', en: '/contact' },
  '/search': { it: '/cerca', en: '/search' },
  '/privacy': '/privacy',
  '/preview/[collection]/[id]': '/preview/[collection]/[id]',
} as const

export type AppPathname = keyof typeof pathnames
/** Pages without a dynamic segment: the site's sections. */
export type SectionPathname = Exclude<AppPathname, `${string}[${string}`>
/** Pages of one entry, by its slug. */
export type EntryPathname = Extract<AppPathname, `${string}/[slug]`>

/** Where a content type is shown: its section, and its entries' own pages (or anchors on the section). */
export interface ContentSection {
  section: SectionPathname
  entry: EntryPathname | null
}

/** The public pages of each content type: read by routing, revalidation, the sitemap and search. */
export const contentSections = {
  faqs: { section: '/faq', entry: '/faq/[slug]' },
  services: { section: '/services', entry: '/services/[slug]' },
  'kit-items': { section: '/kit', entry: null },
  associations: { section: '/association', entry: null },
} as const satisfies Record<ContentCollectionSlug, ContentSection>

/**
 * Every page that can show an entry of `collection`, as the app's internal paths in every locale:
 * the home page, its section and the entry's own page at each of `slugs` (old and new).
 */
export function internalPathsOf(collection: ContentCollectionSlug, slugs: readonly string[]): string[] {
  const { section, entry }: ContentSection = contentSections[collection]
  return locales.flatMap((locale) => [
    `/${locale}`,
    `/${locale}${section}`,
    ...(entry ? slugs.map((slug) => `/${locale}${entry.replace('[slug]', slug)}`) : []),
  ])
}

/** The admin's draft preview of an entry (src/app/(frontend)/[locale]/preview). */
export const previewPath = (locale: Locale, collection: string, id: number | string) =>
  `/${locale}/preview/${collection}/${id}`
