import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { ShownRichText, ShownText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import { getService, listServices } from '@/data/services'
import { getSiteSettings } from '@/data/siteSettings'
import { showsFallback } from '@/data/views'
import { locales } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { entryPaths, pageMetadata } from '@/i18n/urls'

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
    title: `${service.title.value} · ${settings.siteTitle}`,
    description: service.summary?.value,
    paths: entryPaths('/services/[slug]', service.slugs),
    translatedIn: service.translatedIn,
  })
}

export default async function ServicePage({ params }: Props) {
  const locale = await pageLocale(params)
  const service = await getService(locale, (await params).slug)
  if (!service) notFound()
  const t = await getTranslations({ locale, namespace: 'Services' })

  return (
    <Page locale={locale} paths={entryPaths('/services/[slug]', service.slugs)}>
      <article>
        <ShownText as="h1" shown={service.title} locale={locale} />
        <TranslationNotice locale={locale} show={showsFallback(locale, service.title, service.summary, service.body)} />
        <ShownText as="p" className="lead" shown={service.summary} locale={locale} />
        <ShownRichText shown={service.body} locale={locale} />
        <dl className="facts">
          <dt>{t('contexts')}</dt>
          <dd>{service.contexts.map((c) => t(`context.${c}` as 'context.film-tv')).join(', ')}</dd>
          {service.phases.length > 0 ? (
            <>
              <dt>{t('phases')}</dt>
              <dd>{service.phases.map((p) => t(`phase.${p}` as 'phase.production')).join(', ')}</dd>
            </>
          ) : null}
        </dl>
      </article>
      <p>
        <Link href="/services">{t('backToIndex')}</Link>
      </p>
    </Page>
  )
}
