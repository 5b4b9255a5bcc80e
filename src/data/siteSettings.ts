import type { Locale } from '../i18n/locales'
import { payloadClient } from './client'

export async function getSiteSettings(locale: Locale) {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'it', overrideAccess: false, depth: 0 })
}
