import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { ShownText } from '@/components/Shown'
import { listFaqs } from '@/data/faqs'
import { listServices } from '@/data/services'
import { getSiteSettings } from '@/data/siteSettings'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata } from '@/site/metadata'
import { sectionPaths } from '@/site/urls'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const settings = await getSiteSettings(locale)
  return pageMetadata({ locale, title: settings.siteTitle, description: settings.tagline, paths: sectionPaths('/') })
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, settings, faqs, services] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getSiteSettings(locale),
    listFaqs(locale),
    listServices(locale),
  ])
  const intro = faqs[0]

  return (
    <Page locale={locale} paths={sectionPaths('/')}>
      <h1>{settings.siteTitle}</h1>
      {settings.tagline ? <p className="lead">{settings.tagline}</p> : null}
      {intro ? (
        <section aria-labelledby="who">
          <ShownText as="h2" id="who" shown={intro.question} locale={locale} />
          <p>
            <Link href={{ pathname: '/faq/[slug]', params: { slug: intro.slugs[locale] } }}>{t('readAnswer')}</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="services">
        <h2 id="services">{t('servicesHeading')}</h2>
        {services.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ul className="cards">
            {services.map((service) => (
              <li key={service.id}>
                <Link href={{ pathname: '/services/[slug]', params: { slug: service.slugs[locale] } }}>
                  <ShownText shown={service.title} locale={locale} />
                </Link>
                <ShownText as="p" shown={service.summary} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="faq">
        <h2 id="faq">{t('faqHeading')}</h2>
        <ol>
          {faqs.slice(0, 5).map((faq) => (
            <li key={faq.id}>
              <Link href={{ pathname: '/faq/[slug]', params: { slug: faq.slugs[locale] } }}>
                <ShownText shown={faq.question} locale={locale} />
              </Link>
            </li>
          ))}
        </ol>
        <p>
          <Link href="/faq">{t('allFaqs')}</Link>
        </p>
      </section>
      <p className="cta">
        {settings.contactCallToAction ? <span>{settings.contactCallToAction} — </span> : null}
        <Link href="/contact">{t('contactCta')}</Link>
      </p>
    </Page>
  )
}
