import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale, NextIntlClientProvider } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { getSiteSettings } from '@/data/siteSettings'
import { routing } from '@/i18n/routing'

import '../styles.css'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const settings = await getSiteSettings(locale)
  return { title: settings.siteTitle ?? 'Scena', description: settings.tagline ?? undefined }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Layout' })
  const settings = await getSiteSettings(locale)

  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <p className="site-title">{settings.siteTitle}</p>
          {settings.tagline ? <p className="tagline">{settings.tagline}</p> : null}
        </header>
        <NextIntlClientProvider>
          <main id="main">{children}</main>
        </NextIntlClientProvider>
        <footer className="site-footer">
          <p>{settings.footer}</p>
        </footer>
      </body>
    </html>
  )
}
