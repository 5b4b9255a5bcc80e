import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import { findPublishedBySlug, listViews } from './entries'
import { type ServiceView, toServiceView } from './views'

export const listServices = (locale: Locale): Promise<ServiceView[]> => listViews('services', locale, toServiceView)

/** Cached per request: generateMetadata and the page both ask for it. */
export const getService = cache(async (locale: Locale, slug: string): Promise<ServiceView | null> => {
  const doc = await findPublishedBySlug('services', locale, slug)
  return doc ? toServiceView(doc, locale) : null
})
