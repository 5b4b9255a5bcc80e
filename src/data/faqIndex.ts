import { inAllLocales } from '../collections/documents'
import type { Locale } from '../i18n/locales'
import { payloadClient } from './client'
import { listSort } from './entries'
import { listFaqs } from './faqs'
import { type FaqView, toFaqView } from './views'

/**
 * Up to this many published FAQs the FAQ index shows every answer, and carries them all as FAQPage
 * JSON-LD. Rendering grows with the answers (bench:scale: ~80 ms at 100 FAQs, ~400 ms at 1,000,
 * mostly React and Next serializing the page and its RSC payload); beyond it the index lists the
 * questions by section, each answered on its own page (src/components/FaqContents.tsx).
 */
export const FAQ_INDEX_ANSWERS_LIMIT = 100

export interface FaqIndex {
  faqs: FaqView[]
  /** Whether the index shows the answers (`faqs` then has them) or only the questions. */
  answers: boolean
}

/**
 * What the FAQ index shows: every published FAQ, numbered, with its answer up to
 * FAQ_INDEX_ANSWERS_LIMIT; beyond, without the answers, which are then not even loaded.
 */
export async function listFaqIndex(locale: Locale, answersLimit = FAQ_INDEX_ANSWERS_LIMIT): Promise<FaqIndex> {
  const payload = await payloadClient()
  const { totalDocs } = await payload.count({ collection: 'faqs', overrideAccess: false })
  if (totalDocs <= answersLimit) return { faqs: await listFaqs(locale), answers: true }
  const { docs } = await payload.find({
    collection: 'faqs',
    locale: 'all',
    overrideAccess: false,
    draft: false,
    sort: listSort('faqs'),
    limit: 0,
    pagination: false,
    depth: 0,
    select: { question: true, slug: true, section: true },
  })
  const faqs = docs.map((doc, index) => toFaqView(inAllLocales('faqs', doc), locale, index + 1))
  return { faqs: faqs.filter((faq) => faq !== null), answers: false }
}
