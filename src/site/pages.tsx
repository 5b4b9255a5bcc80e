import type { ReactNode } from 'react'

import { AssociationArticle } from '@/components/entries/AssociationArticle'
import { FaqArticle } from '@/components/entries/FaqArticle'
import { KitItemCard } from '@/components/entries/KitItemCard'
import { ServiceArticle } from '@/components/entries/ServiceArticle'
import type { AllLocalesOf } from '@/collections/documents'
import type { ContentCollectionSlug } from '@/collections/slugs'
import { listViews } from '@/data/entries'
import type { Shown } from '@/data/localized'
import { type EntryView, toAssociationView, toFaqView, toKitItemView, toServiceView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

import { type ContentSection, contentSections } from './paths'

/** What the site does with one content type. */
export interface ContentPage<S extends ContentCollectionSlug> extends ContentSection {
  /** Its published entries as their pages show them in `locale` (for the sitemap). */
  list: (locale: Locale) => Promise<EntryView[]>
  /**
   * One entry, published or draft, as its page shows it: its title and the page body component
   * (the same one its public page renders, so that the preview shows every field the page shows).
   */
  render: (doc: AllLocalesOf<S>, locale: Locale) => { title: Shown<string>; body: ReactNode } | null
}

function contentPage<S extends ContentCollectionSlug, V extends EntryView>(
  collection: S,
  view: (doc: AllLocalesOf<S>, locale: Locale) => V | null,
  title: (view: V) => Shown<string>,
  body: (view: V, locale: Locale) => ReactNode,
): ContentPage<S> {
  return {
    ...contentSections[collection],
    list: (locale) => listViews(collection, locale, view),
    render: (doc, locale) => {
      const shown = view(doc, locale)
      return shown && { title: title(shown), body: body(shown, locale) }
    },
  }
}

/** The public site's registry of content types: paths (src/site/paths.ts), views and page bodies. */
export const contentPages: { [S in ContentCollectionSlug]: ContentPage<S> } = {
  faqs: contentPage(
    'faqs',
    (doc, locale) => toFaqView(doc, locale, 0),
    (faq) => faq.question,
    (faq, locale) => <FaqArticle faq={faq} locale={locale} />,
  ),
  services: contentPage(
    'services',
    toServiceView,
    (service) => service.title,
    (service, locale) => <ServiceArticle service={service} locale={locale} />,
  ),
  'kit-items': contentPage(
    'kit-items',
    toKitItemView,
    (item) => item.name,
    (item, locale) => (
      <ul className="cards">
        <KitItemCard item={item} locale={locale} />
      </ul>
    ),
  ),
  associations: contentPage(
    'associations',
    toAssociationView,
    (association) => association.name,
    (association, locale) => <AssociationArticle association={association} locale={locale} />,
  ),
}
