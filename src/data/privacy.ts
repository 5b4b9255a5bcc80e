import { cache } from 'react'

import { inAllLocales } from '../collections/documents'
import type { RichTextDoc } from '../fields/richText'
import type { Locale } from '../i18n/locales'
import { payloadClient } from './client'
import { pick, type Shown } from './localized'

export interface PrivacyNoticeView {
  body: Shown<RichTextDoc> | null
  updatedAt: string | null
}

/** The privacy notice in the visitor's language, or the Italian text where English is missing. */
export const getPrivacyNotice = cache(async (locale: Locale): Promise<PrivacyNoticeView> => {
  const payload = await payloadClient()
  const notice = inAllLocales(
    'privacy-notice',
    await payload.findGlobal({ slug: 'privacy-notice', locale: 'all', overrideAccess: false, depth: 0 }),
  )
  return {
    body: pick(notice.body, locale),
    updatedAt: notice.updatedAt ?? null,
  }
})
