import type { ReactNode } from 'react'

import { ContactCta } from '@/components/ContactCta'
import { AssociationArticle } from '@/components/entries/AssociationArticle'
import { FaqArticle } from '@/components/entries/FaqArticle'
import { KitItemCard } from '@/components/entries/KitItemCard'
import { ServiceArticle } from '@/components/entries/ServiceArticle'
import type { AllLocalesOf } from '@/collections/documents'
import type { ContentCollectionSlug } from '@/collections/slugs'
import { findEntry, listViews } from '@/data/entries'
import { getFaq } from '@/data/faqs'
import type { Shown } from '@/data/localized'
import { type EntryView, entryView, type EntryViewOf, titleOf, toFaqView } from '@/data/views'
import { lexicalToPlainText } from '@/fields/richText'
import { productionTypeForContext } from '@/fields/options'
import type { Locale } from '@/i18n/locales'
import type { SectionName } from '@/routing/paths'
import { type PageDefinition, type PageTable, pageTable } from '@/routing/table'

/** One entry as its own public page shows it: its body is the one the preview shows too. */
export interface EntryPageContent {
  entry: EntryView
  title: Shown<string>
  /** Its page's description (search engines, share cards). */
  description: string | null | undefined
  body: ReactNode
  /** What follows the body on the public page only (the call to get in touch). */
  after: ReactNode
}

/** What the site does with one content type (its pages are in src/routing/table.ts). */
export interface ContentPage<S extends ContentCollectionSlug> {
  /** Its published entries as their pages show them in `locale` (sitemap, static params). */
  list: (locale: Locale) => Promise<EntryView[]>
  /**
   * One entry, published or draft, as its page shows it: its title and the page body component
   * (the same one its public page renders, so that the preview shows every field the page shows).
   */
  render: (doc: AllLocalesOf<S>, locale: Locale) => { title: Shown<string>; body: ReactNode } | null
  /** The published entry at `slug` as its own page shows it (content types with entry pages). */
  entryAt?: (locale: Locale, slug: string) => Promise<EntryPageContent | null>
  /**
   * Its published entries as its section's generated page lists them (./sectionPage.tsx), null when
   * there are none; a type whose section has a page file of its own under src/app has none.
   */
  sectionBody?: (locale: Locale) => Promise<ReactNode | null>
}

/**
 * How a content type's entries are shown, declared once: the view of an entry (by default every
 * field in the page's language, titled by the type's title field), its one body component (its own
 * page's and the preview's), and how its section lists them.
 */
interface Presentation<S extends ContentCollectionSlug, V extends EntryViewOf<S>> {
  view?: (doc: AllLocalesOf<S>, locale: Locale) => V | null
  body: (view: V, locale: Locale) => ReactNode
  /** Its entries on its section's page, when that page is generated (never called with none). */
  list?: (views: V[], locale: Locale) => ReactNode
  /** For a content type whose entries have pages of their own: how one is described, what follows it. */
  entryPage?: {
    /** How one is found (default: the published entry at that slug, see src/data/entries.ts). */
    find?: (locale: Locale, slug: string) => Promise<V | null>
    description: (view: V) => string | null | undefined
    after: (view: V, locale: Locale) => ReactNode
  }
}

function contentPage<S extends ContentCollectionSlug, V extends EntryViewOf<S> = EntryViewOf<S>>(
  collection: S,
  { view = (doc, locale) => entryView(collection, doc, locale) as V | null, body, list, entryPage }: Presentation<S, V>,
): ContentPage<S> {
  const listed = (locale: Locale) => listViews(collection, locale, view)
  const find =
    entryPage?.find ?? ((locale: Locale, slug: string) => findEntry(collection, locale, slug) as Promise<V | null>)
  return {
    list: listed,
    render: (doc, locale) => {
      const shown = view(doc, locale)
      return shown && { title: titleOf(collection, shown), body: body(shown, locale) }
    },
    entryAt:
      entryPage &&
      (async (locale, slug) => {
        const shown = await find(locale, slug)
        return (
          shown && {
            entry: shown,
            title: titleOf(collection, shown),
            description: entryPage.description(shown),
            body: body(shown, locale),
            after: entryPage.after(shown, locale),
          }
        )
      }),
    sectionBody:
      list &&
      (async (locale) => {
        const views = await listed(locale)
        return views.length > 0 ? list(views, locale) : null
      }),
  }
}

/** The public site's registry of content types: views and page bodies, for their pages and the preview. */
export const contentPages: { [S in ContentCollectionSlug]: ContentPage<S> } = {
  faqs: contentPage('faqs', {
    view: (doc, locale) => toFaqView(doc, locale, 0),
    body: (faq, locale) => <FaqArticle faq={faq} locale={locale} />,
    entryPage: {
      find: getFaq,
      description: (faq) => lexicalToPlainText(faq.answer?.value),
      after: (_, locale) => <ContactCta locale={locale} kind="faq" />,
    },
  }),
  services: contentPage('services', {
    body: (service, locale) => <ServiceArticle service={service} locale={locale} />,
    entryPage: {
      description: (service) => service.summary?.value,
      after: (service, locale) => (
        <ContactCta
          locale={locale}
          kind="service"
          productionType={service.contexts[0] && productionTypeForContext[service.contexts[0]]}
        />
      ),
    },
  }),
  'kit-items': contentPage('kit-items', {
    body: (item, locale) => (
      <ul className="cards">
        <KitItemCard item={item} locale={locale} />
      </ul>
    ),
    list: (items, locale) => (
      <ul className="cards">
        {items.map((item) => (
          <KitItemCard key={item.id} item={item} locale={locale} />
        ))}
      </ul>
    ),
  }),
  associations: contentPage('associations', {
    body: (association, locale) => <AssociationArticle association={association} locale={locale} />,
    list: (associations, locale) =>
      associations.map((association) => (
        <AssociationArticle key={association.id} association={association} locale={locale} />
      )),
  }),
}

/** A section that shows a content type: its page's name and definition, and how the type is shown. */
export interface ContentSection {
  name: SectionName
  page: PageDefinition
  shown: (typeof contentPages)[ContentCollectionSlug]
}

/**
 * Every section that shows a content type, by its path's one segment (`faq`, `kit`): where the
 * generated section and entry routes (./sectionPage.tsx, ./entryPage.tsx) find theirs.
 */
export const contentSectionsBySegment = new Map<string, ContentSection>(
  Object.entries(pageTable as PageTable).flatMap(([name, page]) =>
    page.content
      ? [
          [
            page.path.slice(1),
            {
              name: name as SectionName,
              page,
              shown: contentPages[page.content.collection as ContentCollectionSlug],
            },
          ] as const,
        ]
      : [],
  ),
)
