import type { Locale } from '../i18n/locales'
import { payloadClient } from './client'

/** Published FAQs in the visitor's language (Italian where English is missing), in page order. */
export async function listFaqs(locale: Locale) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'faqs',
    locale,
    fallbackLocale: 'it',
    overrideAccess: false,
    draft: false,
    sort: 'order',
    limit: 200,
    depth: 0,
    select: { question: true, slug: true, order: true, section: true },
  })
  return docs
}
