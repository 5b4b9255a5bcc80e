import { useLocale, useTranslations } from 'next-intl'

import { Page } from '@/components/Page'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { sectionPaths } from '@/site/urls'

export default function NotFound() {
  const t = useTranslations('NotFound')
  const locale = useLocale() as Locale
  return (
    <Page locale={locale} paths={sectionPaths('/')}>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <Link href="/">{t('home')}</Link>
    </Page>
  )
}
