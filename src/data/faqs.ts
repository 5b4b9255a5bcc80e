import type { Locale } from '../i18n/locales'
import { findPublishedBySlug, listPublished } from './entries'
import { type FaqView, present, toFaqView } from './views'

/** Published FAQs, numbered as on the practice's FAQ page. */
export async function listFaqs(locale: Locale): Promise<FaqView[]> {
  const docs = await listPublished('faqs')
  return docs.map((doc, index) => toFaqView(doc, locale, index + 1)).filter(present)
}

export async function getFaq(locale: Locale, slug: string): Promise<FaqView | null> {
  const doc = await findPublishedBySlug('faqs', locale, slug)
  if (!doc) return null
  const number = (await listFaqs(locale)).find((faq) => faq.id === doc.id)?.number ?? 0
  return toFaqView(doc, locale, number)
}
