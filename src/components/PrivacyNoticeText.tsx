import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import type { NoticeSection } from '@/privacy/notice'
import type { Period } from '@/privacy/retentionPeriod'

/** The `Privacy` messages' translator: next-intl's on the server, use-intl's in tests. */
interface NoticeTranslator {
  (key: string, values?: Record<string, string | number>): string
  rich(key: string, values: Record<string, string | number | ((chunks: ReactNode) => ReactNode)>): ReactNode
}

/**
 * The privacy notice's text (src/privacy/notice.ts) in `locale`: a heading per section, and the
 * contact page, e-mail addresses and the Garante's site as links.
 */
export function PrivacyNoticeText({
  sections,
  period,
  t,
  contactHref,
}: {
  sections: NoticeSection[]
  period: Period
  t: NoticeTranslator
  contactHref: string
  locale: Locale
}) {
  const periodText = t('period', { unit: period.unit, count: period.count })
  return sections.map((section, index) => (
    <section key={section.title || index} aria-labelledby={section.title ? `privacy-${section.title}` : undefined}>
      {section.title ? <h2 id={`privacy-${section.title}`}>{t(section.title)}</h2> : null}
      {section.paragraphs.map(({ key, values = {} }) => (
        <p key={key}>
          {t.rich(key, {
            ...values,
            period: periodText,
            contact: (chunks) => <a href={contactHref}>{chunks}</a>,
            mail: (chunks) => <a href={`mailto:${values.email}`}>{chunks}</a>,
            pecMail: (chunks) => <a href={`mailto:${values.pec}`}>{chunks}</a>,
            garante: (chunks) => <a href="https://www.garanteprivacy.it">{chunks}</a>,
          })}
        </p>
      ))}
    </section>
  ))
}
