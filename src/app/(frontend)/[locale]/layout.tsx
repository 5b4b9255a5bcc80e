import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { LANGUAGE_SWITCH_SCRIPT } from '@/components/LanguageSwitcher'
import { SiteFooter } from '@/components/SiteFooter'
import { getSiteSettings } from '@/data/siteSettings'
import { localeParams, pageLocale } from '@/i18n/pageLocale'
import { privacyPath } from '@/privacy/links'
import { requestNonce } from '@/security/nonce'
import { DEFAULT_ACCENT, siteIdentity } from '@/site/identity'
import { readStylesheet } from '@/site/stylesheets'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/** The site's whole stylesheet (about 5 KB, all of it needed for the first paint), inlined. */
const css = readStylesheet('styles.css')

export const generateStaticParams = localeParams

/**
 * Every public page. No client provider here: pages are server components, and the one client
 * component of the public pages (the contact form's fields) gets its texts as props.
 */
export default async function LocaleLayout({ children, params }: Props) {
  // Strict CSP: a nonce per response, so every page renders per request (reading the headers).
  const nonce = await requestNonce()
  const locale = await pageLocale(params)
  const [t, settings, identity] = await Promise.all([
    getTranslations({ locale, namespace: 'Layout' }),
    getSiteSettings(locale),
    siteIdentity(locale),
  ])

  return (
    <html lang={locale}>
      <body>
        <style href="scena-site" precedence="default">
          {identity.accent === DEFAULT_ACCENT ? css : `${css} :root{--accent:${identity.accent}}`}
        </style>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
        <SiteFooter
          text={settings.footer}
          privacyHref={privacyPath(locale)}
          privacyLabel={t('privacy')}
          backToTopLabel={t('backToTop')}
        />
        <script src={LANGUAGE_SWITCH_SCRIPT} defer nonce={nonce} />
      </body>
    </html>
  )
}
