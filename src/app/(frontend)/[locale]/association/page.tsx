import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { MediaImage } from '@/components/MediaImage'
import { Page } from '@/components/Page'
import { ShownRichText, ShownText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import { listAssociations } from '@/data/associations'
import { showsFallback } from '@/data/views'
import { sectionMetadata } from '@/i18n/metadata'
import { pageLocale } from '@/i18n/pageLocale'
import { sectionPaths } from '@/i18n/urls'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: Props): Promise<Metadata> =>
  sectionMetadata(params, 'Association', '/association')

export default async function AssociationPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, associations] = await Promise.all([
    getTranslations({ locale, namespace: 'Association' }),
    listAssociations(locale),
  ])
  return (
    <Page locale={locale} paths={sectionPaths('/association')}>
      <h1>{t('title')}</h1>
      {associations.length === 0 ? <p>{t('empty')}</p> : null}
      {associations.map((association) => (
        <article key={association.id} id={association.slugs[locale]}>
          <MediaImage image={association.logo} locale={locale} sizes="160px" />
          <ShownText as="h2" shown={association.name} locale={locale} />
          <ShownText as="p" className="tag" shown={association.coordinatorRole} locale={locale} />
          <TranslationNotice
            locale={locale}
            show={showsFallback(locale, association.name, association.description, association.coordinatorRole)}
          />
          <ShownRichText shown={association.description} locale={locale} />
          {association.website ? (
            <p>
              <a href={association.website} rel="noopener noreferrer">
                {t('website', { name: association.name.value })}
              </a>
            </p>
          ) : null}
        </article>
      ))}
    </Page>
  )
}
