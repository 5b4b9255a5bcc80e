import type { Locale } from '../i18n/locales'
import { SEARCH_SEGMENT } from './searchSegment.mjs'

/**
 * One public page of the site. A page has one name (its key in the table): the site settings'
 * navigation label and opening image are stored under it, and the header, the sitemap, metadata,
 * revalidation and the page components all call it by it.
 */
export interface PageDefinition<C extends string = string> {
  /** The app's own path: next-intl's internal pathname, and the page cache's key after the locale. */
  path: `/${string}`
  /** Its public path in each language, where that differs from `path` (`/it/domande-frequenti`). */
  localized?: Readonly<Record<Locale, string>>
  /** The messages namespace of its title and description (src/i18n/messages/*.json). */
  messages: string
  /** Its name in the admin, in each language: the label of its settings (navigation, opening image). */
  adminLabel?: Readonly<Record<Locale, string>>
  /** In the header menu, in the table's order, labelled by the site settings' `navigation.<name>`. */
  navigation?: boolean
  /** May open with an image, chosen in the site settings' `heroImages.<name>`. */
  hero?: boolean
  /**
   * The content type it shows, and whether each entry has a page of its own at `<path>/[slug]`
   * (translated as the page's own path is); without one, entries are anchors on this page. This is
   * where a content type is named: its collection is registered under this slug
   * (src/collections/contentTypes.ts), its page body in src/site/pages.tsx.
   */
  content?: { collection: C; entryPages: boolean }
  /** Listed in the sitemap, with its entries' pages. */
  sitemap: boolean
}

/** Every page, by name, in the header's order. */
export type PageTable<C extends string = string> = Readonly<Record<string, PageDefinition<C>>>

/**
 * Every public page of the site: its address in each language, its messages, its place in the
 * header and the sitemap, its opening image and the content type it shows. Everything that knows
 * a page reads it from here (src/routing/paths.ts derives next-intl's `pathnames`, revalidation
 * paths, the sitemap's pages and the header's). A new section or content type with a page is one
 * entry here, its page component under src/app, and (for a content type) its body in
 * src/site/pages.tsx.
 */
export const pageTable = {
  home: {
    path: '/',
    messages: 'Home',
    adminLabel: { it: 'Home', en: 'Home' },
    navigation: true,
    hero: true,
    sitemap: true,
  },
  faq: {
    path: '/faq',
    localized: { it: '/domande-frequenti', en: '/faq' },
    messages: 'Faq',
    adminLabel: { it: 'Domande frequenti', en: 'FAQ' },
    navigation: true,
    hero: true,
    content: { collection: 'faqs', entryPages: true },
    sitemap: true,
  },
  services: {
    path: '/services',
    localized: { it: '/servizi', en: '/services' },
    messages: 'Services',
    adminLabel: { it: 'Servizi', en: 'Services' },
    navigation: true,
    hero: true,
    content: { collection: 'services', entryPages: true },
    sitemap: true,
  },
  kit: {
    path: '/kit',
    messages: 'Kit',
    adminLabel: { it: 'Kit', en: 'Kit' },
    navigation: true,
    hero: true,
    content: { collection: 'kit-items', entryPages: false },
    sitemap: true,
  },
  association: {
    path: '/association',
    localized: { it: '/associazione', en: '/association' },
    messages: 'Association',
    adminLabel: { it: 'Associazione', en: 'Association' },
    navigation: true,
    hero: true,
    content: { collection: 'associations', entryPages: false },
    sitemap: true,
  },
  contact: {
    path: '/contact',
    localized: { it: '/contatti', en: '/contact' },
    messages: 'Contact',
    adminLabel: { it: 'Contatti', en: 'Contact' },
    navigation: true,
    hero: true,
    sitemap: true,
  },
  // A search's results have a page of their own, `/search/<token>` (src/routing/paths.ts).
  search: {
    path: `/${SEARCH_SEGMENT}`,
    localized: { it: '/cerca', en: '/search' },
    messages: 'Search',
    sitemap: false,
  },
  privacy: { path: '/privacy', messages: 'Privacy', sitemap: true },
  // The admin's live preview of a draft: signed-in staff only, never indexed.
  preview: { path: '/preview/[collection]/[id]', messages: 'Preview', sitemap: false },
} as const satisfies PageTable
