import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { SearchBox } from '@/components/SearchBox'
import { ShownText } from '@/components/Shown'
import { listServices } from '@/data/services'
import { Link } from '@/i18n/navigation'
import { sectionMetadata } from '@/site/metadata'
import { pageLocale } from '@/i18n/pageLocale'
import { sectionPaths } from '@/site/urls'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: Props): Promise<Metadata> =>
  sectionMetadata(params, 'Services', '/services')

export default async function ServicesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, services] = await Promise.all([getTranslations({ locale, namespace: 'Services' }), listServices(locale)])
  return (
    <Page locale={locale} paths={sectionPaths('/services')} hero="services">
      <h1>{t('title')}</h1>
      <SearchBox locale={locale} />
      {services.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="cards">
          {services.map((service) => (
            <li key={service.id}>
              <h2>
                <Link href={{ pathname: '/services/[slug]', params: { slug: service.slugs[locale] } }}>
                  <ShownText shown={service.title} locale={locale} />
                </Link>
              </h2>
              <ShownText as="p" shown={service.summary} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  )
}
