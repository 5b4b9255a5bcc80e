import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { MediaImage } from '@/components/MediaImage'
import { Page } from '@/components/Page'
import { ShownText } from '@/components/Shown'
import { listKitItems } from '@/data/kit'
import { sectionMetadata } from '@/i18n/metadata'
import { pageLocale } from '@/i18n/pageLocale'
import { sectionPaths } from '@/i18n/urls'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: Props): Promise<Metadata> => sectionMetadata(params, 'Kit', '/kit')

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
              <MediaImage image={item.image} locale={locale} sizes="(max-width: 48rem) 100vw, 44rem" />
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
