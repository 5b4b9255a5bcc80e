import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { ShownRichText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import { getPrivacyNotice } from '@/data/privacy'
import { sectionMetadata } from '@/site/metadata'
import { pageLocale } from '@/i18n/pageLocale'
import { sectionPaths } from '@/site/urls'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: Props): Promise<Metadata> => sectionMetadata(params, 'Privacy', '/privacy')

/** The privacy notice (GDPR art. 13), as the practice wrote it in the admin. */
export default async function PrivacyPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, notice] = await Promise.all([getTranslations({ locale, namespace: 'Privacy' }), getPrivacyNotice(locale)])
  const fallback = notice.body && notice.body.lang !== locale
  return (
    <Page locale={locale} paths={sectionPaths('/privacy')}>
      <h1>{t('title')}</h1>
      <TranslationNotice locale={locale} show={Boolean(fallback)} />
      {notice.body ? <ShownRichText shown={notice.body} locale={locale} /> : <p>{t('empty')}</p>}
      {notice.body && notice.updatedAt ? (
        <p className="tag">
          {t('updated', {
            date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(
              new Date(notice.updatedAt),
            ),
          })}
        </p>
      ) : null}
    </Page>
  )
}
