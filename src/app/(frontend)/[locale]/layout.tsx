import { readFileSync } from 'node:fs'
import path from 'node:path'

import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { LANGUAGE_SWITCH_SCRIPT } from '@/components/LanguageSwitcher'
import { SiteFooter } from '@/components/SiteFooter'
import { getSiteSettings } from '@/data/siteSettings'
import { localeParams, pageLocale } from '@/i18n/pageLocale'
import { privacyPath } from '@/privacy/links'
import { requestNonce } from '@/security/nonce'
import { DEFAULT_ACCENT, siteIdentity } from '@/site/identity'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

/**
 * The public site's whole stylesheet (about 3 KB, all of it needed for the first paint) goes
 * inline: no request stands between the HTML and the first paint on a slow mobile connection.
 * Read from the source folder, which the server runs in (Next's experimental.inlineCss would also
 * inline the admin's ~600 KB of CSS into every admin page; importing CSS as text is not possible).
 */
const css = readFileSync(path.join(process.cwd(), 'src/app/(frontend)/styles.css'), 'utf8').replace(/\s+/g, ' ').trim()

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
