import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ContactForm } from '@/components/ContactForm'
import { Page } from '@/components/Page'
import { getSiteSettings } from '@/data/siteSettings'
import { sectionMetadata } from '@/site/metadata'
import { pageLocale } from '@/i18n/pageLocale'
import { privacyPath } from '@/privacy/links'

import { sendEnquiry } from './actions'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: Props): Promise<Metadata> => sectionMetadata(params, 'contact')

export default async function ContactPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Contact' }), getSiteSettings(locale)])
  return (
    <Page locale={locale} page="contact">
      <h1>{t('title')}</h1>
      {settings.contactCallToAction ? <p className="lead">{settings.contactCallToAction}</p> : null}
      {settings.contactEmail ? (
        <p>
          <a href={`mailto:${settings.contactEmail}`}>{t('email', { email: settings.contactEmail })}</a>
        </p>
      ) : null}
      {settings.replyWorkingDays ? <p>{t('replyTime', { days: settings.replyWorkingDays })}</p> : null}
      <ContactForm action={sendEnquiry} locale={locale} privacyHref={privacyPath(locale)} />
    </Page>
  )
}
