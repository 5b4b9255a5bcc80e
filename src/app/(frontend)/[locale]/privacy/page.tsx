import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { PrivacyNoticeText } from '@/components/PrivacyNoticeText'
import { ShownRichText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import { getPrivacyNotice } from '@/data/privacy'
import { formatDate } from '@/i18n/dates'
import { getPathname } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { buildNotice } from '@/privacy/notice'
import { sectionMetadata } from '@/site/metadata'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: Props): Promise<Metadata> => sectionMetadata(params, 'privacy')

/**
 * The privacy notice (GDPR art. 13), built from the controller's details in the site settings
 * (src/privacy/notice.ts), then the practice's own further paragraph if it wrote one.
 */
export default async function PrivacyPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, notice] = await Promise.all([getTranslations({ locale, namespace: 'Privacy' }), getPrivacyNotice(locale)])
  const { sections, period } = buildNotice(notice.facts)
  return (
    <Page locale={locale} page="privacy">
      <h1>{t('title')}</h1>
      <PrivacyNoticeText
        sections={sections}
        period={period}
        // `as never`: next-intl types this translator's keys as the Privacy namespace's; the notice
        // text takes any key function (tests pass their own).
        t={t as never}
        locale={locale}
        contactHref={getPathname({ locale, href: '/contact' })}
      />
      {notice.body ? (
        <section aria-labelledby="privacy-more">
          <h2 id="privacy-more">{t('moreTitle')}</h2>
          <TranslationNotice locale={locale} show={notice.body.lang !== locale} />
          <ShownRichText shown={notice.body} locale={locale} />
        </section>
      ) : null}
      {notice.updatedAt ? (
        <p className="tag">
          {t('updated', {
            date: formatDate(notice.updatedAt, locale),
          })}
        </p>
      ) : null}
    </Page>
  )
}
