import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { ShownText } from '@/components/Shown'
import { listKitItems } from '@/data/kit'
import { getSiteSettings } from '@/data/siteSettings'
import { pageLocale } from '@/i18n/pageLocale'
import { alternatesMetadata, sectionPaths } from '@/i18n/urls'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Kit' }), getSiteSettings(locale)])
  return {
    title: `${t('title')} · ${settings.siteTitle}`,
    alternates: alternatesMetadata(locale, sectionPaths('/kit')),
  }
}

export default async function KitPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: 'Kit' }), listKitItems(locale)])
  return (
    <Page locale={locale} paths={sectionPaths('/kit')}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="cards">
          {items.map((item) => (
            <li key={item.id} id={item.slugs[locale]}>
              <ShownText as="h2" shown={item.name} locale={locale} />
              <p className="tag">{t(`useContext.${item.useContext}` as 'useContext.both')}</p>
              <ShownText as="p" shown={item.description} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  )
}
