import { cache } from 'react'

import { backupSettings } from '../backup/settings'
import { inAllLocales } from '../collections/documents'
import { smtpConfigured } from '../contact/smtp'
import type { RichTextDoc } from '../fields/richText'
import type { Locale } from '../i18n/locales'
import { insightsEnabled, insightsRetentionDays } from '../insights/settings'
import type { NoticeFacts } from '../privacy/notice'
import { retentionDays } from '../privacy/retention'
import { payloadClient } from './client'
import { pick, type Shown } from './localized'

export interface PrivacyNoticeView {
  /** What the notice is built from (src/privacy/notice.ts). */
  facts: NoticeFacts
  /** The practice's own further paragraph, in the visitor's language or else Italian. */
  body: Shown<RichTextDoc> | null
  /** When the practice last confirmed the notice, or when it last changed. */
  updatedAt: string | null
}

/** The privacy notice's facts and the practice's additions, for the page in `locale`. */
export const getPrivacyNotice = cache(async (locale: Locale): Promise<PrivacyNoticeView> => {
  const payload = await payloadClient()
  const [stored, settings] = await Promise.all([
    payload.findGlobal({ slug: 'privacy-notice', locale: 'all', overrideAccess: false, depth: 0 }),
    payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: 'it', overrideAccess: false, depth: 0 }),
  ])
  const notice = inAllLocales('privacy-notice', stored)
  return {
    facts: {
      controller: settings.controller ?? {},
      processors: settings.processors ?? {},
      coordinatorName: settings.coordinatorName,
      contactEmail: settings.contactEmail,
      retentionDays: retentionDays(),
      backupDays: backupSettings().keep,
      emailsEnquiries: smtpConfigured(),
      statistics: insightsEnabled() ? { retentionDays: insightsRetentionDays() } : null,
    },
    body: pick(notice.body, locale),
    updatedAt: stored.reviewedAt ?? notice.updatedAt ?? null,
  }
})
