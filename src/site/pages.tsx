import type { ReactNode } from 'react'

import { ContactCta } from '@/components/ContactCta'
import { AssociationArticle } from '@/components/entries/AssociationArticle'
import { FaqArticle } from '@/components/entries/FaqArticle'
import { KitItemCard } from '@/components/entries/KitItemCard'
import { ServiceArticle } from '@/components/entries/ServiceArticle'
import type { AllLocalesOf } from '@/collections/documents'
import type { ContentCollectionSlug } from '@/collections/slugs'
import { listViews } from '@/data/entries'
import { getFaq } from '@/data/faqs'
import type { Shown } from '@/data/localized'
import { getService } from '@/data/services'
import { type EntryView, toAssociationView, toFaqView, toKitItemView, toServiceView } from '@/data/views'
import { lexicalToPlainText } from '@/fields/richText'
import { productionTypeForContext } from '@/fields/options'
import type { Locale } from '@/i18n/locales'

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
}

/** How a content type's entries are shown: the one body component of their pages, and their title. */
interface Presentation<S extends ContentCollectionSlug, V extends EntryView> {
  view: (doc: AllLocalesOf<S>, locale: Locale) => V | null
  title: (view: V) => Shown<string>
  body: (view: V, locale: Locale) => ReactNode
  /** For a content type whose entries have pages of their own: how one is found and described. */
  entryPage?: {
    find: (locale: Locale, slug: string) => Promise<V | null>
    description: (view: V) => string | null | undefined
    after: (view: V, locale: Locale) => ReactNode
  }
}

function contentPage<S extends ContentCollectionSlug, V extends EntryView>(
  collection: S,
  { view, title, body, entryPage }: Presentation<S, V>,
): ContentPage<S> {
  return {
    list: (locale) => listViews(collection, locale, view),
    render: (doc, locale) => {
      const shown = view(doc, locale)
      return shown && { title: title(shown), body: body(shown, locale) }
    },
    entryAt:
      entryPage &&
      (async (locale, slug) => {
        const shown = await entryPage.find(locale, slug)
        return (
          shown && {
            entry: shown,
            title: title(shown),
            description: entryPage.description(shown),
            body: body(shown, locale),
            after: entryPage.after(shown, locale),
          }
        )
      }),
  }
}

/** The public site's registry of content types: views and page bodies, for their pages and the preview. */
export const contentPages: { [S in ContentCollectionSlug]: ContentPage<S> } = {
  faqs: contentPage('faqs', {
    view: (doc, locale) => toFaqView(doc, locale, 0),
    title: (faq) => faq.question,
    body: (faq, locale) => <FaqArticle faq={faq} locale={locale} />,
    entryPage: {
      find: getFaq,
      description: (faq) => lexicalToPlainText(faq.answer?.value),
      after: (_, locale) => <ContactCta locale={locale} kind="faq" />,
    },
  }),
  services: contentPage('services', {
    view: toServiceView,
    title: (service) => service.title,
    body: (service, locale) => <ServiceArticle service={service} locale={locale} />,
    entryPage: {
      find: getService,
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
    view: toKitItemView,
    title: (item) => item.name,
    body: (item, locale) => (
      <ul className="cards">
        <KitItemCard item={item} locale={locale} />
      </ul>
    ),
  }),
  associations: contentPage('associations', {
    view: toAssociationView,
    title: (association) => association.name,
    body: (association, locale) => <AssociationArticle association={association} locale={locale} />,
  }),
}
