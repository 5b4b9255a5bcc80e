import { getTranslations } from 'next-intl/server'

import { getSiteSettings } from '@/data/siteSettings'
import type { Locale } from '@/i18n/locales'
import { getPathname, Link } from '@/i18n/navigation'
import { headerMenu } from '@/routing/paths'

import { LanguageSwitcher } from './LanguageSwitcher'
import { Wordmark } from './Wordmark'

/**
 * The same header on every page: site title, tagline, navigation (the page table's, src/routing/table.ts), the call to get in
 * touch and the language switcher. The home page leaves the tagline to its opening, which says it.
 */
export async function SiteHeader({
  locale,
  paths,
  tagline = true,
}: {
  locale: Locale
  paths: Record<Locale, string>
  tagline?: boolean
}) {
  const [t, cta, settings] = await Promise.all([
    getTranslations({ locale, namespace: 'Layout' }),
    getTranslations({ locale, namespace: 'Cta' }),
    getSiteSettings(locale),
  ])
  return (
    <header className="site-header" id="top">
      <p className="site-title">
        <Link href="/" locale={locale}>
          <Wordmark locale={locale} />
        </Link>
      </p>
      {tagline && settings.tagline ? <p className="tagline">{settings.tagline}</p> : null}
      <nav aria-label={t('mainNavigation')} className="main-nav">
        <ul>
          {headerMenu.map(({ name, path, label }) => (
            <li key={name}>
              <Link href={path} locale={locale}>
                {settings.navigation?.[name] ?? label[locale]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <a className="header-cta" href={getPathname({ locale, href: '/contact' })}>
        {cta('header')}
      </a>
      <LanguageSwitcher current={locale} paths={paths} label={t('languageSwitcher')} />
    </header>
  )
}
