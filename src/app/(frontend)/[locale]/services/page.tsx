import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { SearchBox } from '@/components/SearchBox'
import { ServiceCard } from '@/components/entries/ServiceCard'
import { listEntries } from '@/data/entries'
import { sectionMetadata } from '@/site/metadata'
import { pageLocale } from '@/i18n/pageLocale'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: Props): Promise<Metadata> => sectionMetadata(params, 'services')

export default async function ServicesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, services] = await Promise.all([
    getTranslations({ locale, namespace: 'Services' }),
    listEntries('services', locale),
  ])
  return (
    <Page locale={locale} page="services">
      <h1>{t('title')}</h1>
      <SearchBox locale={locale} />
      {services.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="cards">
          {services.map((service) => (
            <ServiceCard key={service.id} service={service} locale={locale} />
          ))}
        </ul>
      )}
    </Page>
  )
}
