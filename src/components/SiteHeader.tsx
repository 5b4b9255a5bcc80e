import { getTranslations } from 'next-intl/server'

import { getSiteSettings } from '@/data/siteSettings'
import type { Locale } from '@/i18n/locales'
import { getPathname, Link } from '@/i18n/navigation'
import type { SectionPathname } from '@/site/paths'

import { LanguageSwitcher } from './LanguageSwitcher'
import { Wordmark } from './Wordmark'

const navigation: Array<[key: 'home' | 'faq' | 'services' | 'kit' | 'association' | 'contact', href: SectionPathname]> =
  [
    ['home', '/'],
    ['faq', '/faq'],
    ['services', '/services'],
    ['kit', '/kit'],
    ['association', '/association'],
    ['contact', '/contact'],
  ]

/**
 * The same header on every page: site title, tagline, navigation (contact last), the call to get in
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
          {navigation.map(([key, href]) => (
            <li key={key}>
              <Link href={href} locale={locale}>
                {settings.navigation?.[key] ?? key}
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
