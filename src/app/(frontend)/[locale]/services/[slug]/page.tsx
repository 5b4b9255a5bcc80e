import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { orNotFoundPage } from '@/components/NotFoundPage'
import { ContactCta } from '@/components/ContactCta'
import { Page } from '@/components/Page'
import { ServiceArticle } from '@/components/entries/ServiceArticle'
import { getService, listServices } from '@/data/services'
import { getSiteSettings } from '@/data/siteSettings'
import { productionTypeForContext } from '@/fields/options'
import { locales } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata, titled } from '@/site/metadata'
import { entryRedirectOrNotFound } from '@/site/redirects'
import { entryPaths } from '@/site/urls'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  const services = await listServices('it')
  return locales.flatMap((locale) => services.map((service) => ({ locale, slug: service.slugs[locale] })))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const service = await getService(locale, (await params).slug)
  if (!service) return {}
  const settings = await getSiteSettings(locale)
  return pageMetadata({
    locale,
    title: titled(service.title.value, settings.siteTitle),
    name: service.title.value,
    description: service.summary?.value,
    paths: entryPaths('/services/[slug]', service.slugs),
    translatedIn: service.translatedIn,
  })
}

export default orNotFoundPage(async function ServicePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const service = await getService(locale, slug)
  // A former address of an entry answers 301 to where it is now.
  if (!service) return entryRedirectOrNotFound(`/${locale}/services/${slug}`)
  const t = await getTranslations({ locale, namespace: 'Services' })

  return (
    <Page locale={locale} paths={entryPaths('/services/[slug]', service.slugs)}>
      <ServiceArticle service={service} locale={locale} />
      <ContactCta
        locale={locale}
        kind="service"
        productionType={service.contexts[0] && productionTypeForContext[service.contexts[0]]}
      />
      <p>
        <Link href="/services">{t('backToIndex')}</Link>
      </p>
    </Page>
  )
})
