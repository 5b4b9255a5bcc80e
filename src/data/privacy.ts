import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import { payloadClient } from './client'
import { pick, type Shown } from './localized'
import type { RichTextDoc } from './views'

export interface PrivacyNoticeView {
  title: Shown<string> | null
  body: Shown<RichTextDoc> | null
  updatedAt: string | null
}

/** The privacy notice in the visitor's language, or the Italian text where English is missing. */
export const getPrivacyNotice = cache(async (locale: Locale): Promise<PrivacyNoticeView> => {
  const payload = await payloadClient()
  const notice = await payload.findGlobal({ slug: 'privacy-notice', locale: 'all', overrideAccess: false, depth: 0 })
  const all = notice as unknown as { title?: Record<Locale, string | null>; body?: Record<Locale, RichTextDoc | null> }
  return {
    title: pick(all.title, locale),
    body: pick(all.body, locale),
    updatedAt: notice.updatedAt ?? null,
  }
})
