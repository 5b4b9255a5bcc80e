import { cache } from 'react'

import type { AllLocalesOf } from '../collections/documents'
import type { Locale } from '../i18n/locales'
import { payloadClient } from './client'
import { findPublishedBySlug, listViews } from './entries'
import { type FaqView, toFaqView } from './views'

/** Published FAQs, numbered as on the practice's FAQ page. */
export const listFaqs = (locale: Locale): Promise<FaqView[]> =>
  listViews('faqs', locale, (doc, inLocale, index) => toFaqView(doc, inLocale, index + 1))

/** Cached per request: generateMetadata and the page both ask for it. */
export const getFaq = cache(async (locale: Locale, slug: string): Promise<FaqView | null> => {
  const doc = await findPublishedBySlug('faqs', locale, slug)
  if (!doc) return null
  return toFaqView(doc, locale, await positionOf(doc))
})

/** The FAQ's number on the index page: 1 + the published FAQs listed before it (by order, then id). */
async function positionOf(doc: AllLocalesOf<'faqs'>): Promise<number> {
  const payload = await payloadClient()
  const order = doc.order ?? 0
  const { totalDocs } = await payload.count({
    collection: 'faqs',
    overrideAccess: false,
    where: {
      or: [{ order: { less_than: order } }, { and: [{ order: { equals: order } }, { id: { less_than: doc.id } }] }],
    },
  })
  return totalDocs + 1
}
