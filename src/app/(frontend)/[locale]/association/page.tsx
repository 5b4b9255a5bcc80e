import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { AssociationArticle } from '@/components/entries/AssociationArticle'
import { Page } from '@/components/Page'
import { listAssociations } from '@/data/associations'
import { sectionMetadata } from '@/site/metadata'
import { pageLocale } from '@/i18n/pageLocale'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = ({ params }: Props): Promise<Metadata> => sectionMetadata(params, 'association')

export default async function AssociationPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, associations] = await Promise.all([
    getTranslations({ locale, namespace: 'Association' }),
    listAssociations(locale),
  ])
  return (
    <Page locale={locale} page="association">
      <h1>{t('title')}</h1>
      {associations.length === 0 ? <p>{t('empty')}</p> : null}
      {associations.map((association) => (
        <AssociationArticle key={association.id} association={association} locale={locale} />
      ))}
    </Page>
  )
}
