import { headers } from 'next/headers'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/SiteFooter'
import { getSiteSettings } from '@/data/siteSettings'
import { localeParams, pageLocale } from '@/i18n/pageLocale'
import { privacyPath } from '@/privacy/links'
import { strictCsp } from '@/security/csp'

import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export const generateStaticParams = localeParams

export default async function LocaleLayout({ children, params }: Props) {
  // Strict CSP: a nonce per response, so every page renders per request (reading the headers).
  if (strictCsp()) await headers()
  const locale = await pageLocale(params)
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Layout' }), getSiteSettings(locale)])

  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
        <SiteFooter
          text={settings.footer}
          privacyHref={privacyPath(locale)}
          privacyLabel={t('privacy')}
          backToTopLabel={t('backToTop')}
        />
      </body>
    </html>
  )
}
