import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import { payloadClient } from './client'

/** Read once per request: the layout, header, metadata and page all use it. */
export const getSiteSettings = cache(async (locale: Locale) => {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'it', overrideAccess: false, depth: 0 })
})
