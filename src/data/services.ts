import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import { findPublishedBySlug, listPublished } from './entries'
import { type ServiceView, present, toServiceView } from './views'

export async function listServices(locale: Locale): Promise<ServiceView[]> {
  return (await listPublished('services')).map((doc) => toServiceView(doc, locale)).filter(present)
}

/** Cached per request: generateMetadata and the page both ask for it. */
export const getService = cache(async (locale: Locale, slug: string): Promise<ServiceView | null> => {
  const doc = await findPublishedBySlug('services', locale, slug)
  return doc ? toServiceView(doc, locale) : null
})
