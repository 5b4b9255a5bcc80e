import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { KitItemCard } from '@/components/entries/KitItemCard'
import { Page } from '@/components/Page'
import { listKitItems } from '@/data/kit'
import { sectionMetadata } from '@/site/metadata'
import { pageLocale } from '@/i18n/pageLocale'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: Props): Promise<Metadata> => sectionMetadata(params, 'kit')

export default async function KitPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: 'Kit' }), listKitItems(locale)])
  return (
    <Page locale={locale} page="kit">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="cards">
          {items.map((item) => (
            <KitItemCard key={item.id} item={item} locale={locale} />
          ))}
        </ul>
      )}
    </Page>
  )
}
