import { getLocale, getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { getSiteSettings } from '@/data/siteSettings'
import { isLocale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { titled } from '@/site/metadata'
import { sectionPaths } from '@/site/urls'

export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : 'it'
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'NotFound' }), getSiteSettings(locale)])
  return (
    <Page locale={locale} paths={sectionPaths('/')}>
      {/* not-found has no metadata of its own: React puts this title in the head. */}
      <title>{titled(t('title'), settings.siteTitle)}</title>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <Link href="/">{t('home')}</Link>
    </Page>
  )
}
