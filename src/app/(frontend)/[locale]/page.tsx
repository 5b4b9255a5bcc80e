import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { ServiceCard } from '@/components/entries/ServiceCard'
import { ShownText } from '@/components/Shown'
import { MediaImage } from '@/components/MediaImage'
import { listFaqs } from '@/data/faqs'
import { listEntries } from '@/data/entries'
import { getSiteImages } from '@/data/siteImages'
import { getSiteSettings } from '@/data/siteSettings'
import type { FaqView } from '@/data/views'
import { readableText } from '@/fields/richText'
import { Link } from '@/i18n/navigation'
import { getPathname } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { siteIdentity } from '@/site/identity'
import { describe, pageMetadata, titled } from '@/site/metadata'
import { readStylesheet } from '@/site/stylesheets'
import { FEATURED_QUESTIONS } from '@/fields/limits'
import { pagePaths } from '@/routing/paths'

type Props = { params: Promise<{ locale: string }> }

/** The home page's own styles, inlined by this page only. */
const homeCss = readStylesheet('home.css')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, settings, identity] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getSiteSettings(locale),
    siteIdentity(locale),
  ])
  // The name and the site; with no name, the role as the settings say it ("… per cinema, TV e teatro"),
  // or the site's title with its tagline: never the bare role.
  const role = identity.role && identity.role !== settings.siteTitle ? identity.role : null
  const title = identity.name
    ? titled(identity.name, settings.siteTitle)
    : (role ?? titled(settings.siteTitle, identity.tagline?.replace(/[.!]$/, '')))
  // The card names the site, with the tagline, the name and the role under it.
  return pageMetadata({
    locale,
    title,
    name: settings.siteTitle,
    description: t('description'),
    paths: pagePaths('home'),
  })
}

/** The questions chosen in the site settings (published ones, in that order), or the first ones. */
function featuredQuestions(faqs: FaqView[], chosen: ReadonlyArray<number | { id: number }> | null | undefined) {
  const byId = new Map(faqs.map((faq) => [faq.id, faq]))
  const picked = (chosen ?? [])
    .map((entry) => byId.get(typeof entry === 'number' ? entry : entry.id))
    .filter((faq): faq is FaqView => Boolean(faq))
  return (picked.length > 0 ? picked : faqs).slice(0, FEATURED_QUESTIONS)
}

/**
 * Who the coordinator is, what they offer, the questions producers ask first, and the way to get in
 * touch: everything from the CMS, in the page's language.
 */
export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, settings, identity, images, faqs, services, associations] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    getSiteSettings(locale),
    siteIdentity(locale),
    getSiteImages(locale),
    listFaqs(locale),
    listEntries('services', locale),
    listEntries('associations', locale),
  ])
  const association = associations[0]
  const contactHref = getPathname({ locale, href: '/contact' })
  const questions = featuredQuestions(faqs, settings.homeQuestions)

  return (
    <Page locale={locale} page="home">
      <style href="scena-home" precedence="default">
        {homeCss}
      </style>
      <section className="home-hero" aria-labelledby="who">
        <div className="home-hero-text">
          {/* The name when the settings give one, with the role under it; the role alone otherwise. */}
          <h1 id="who">{identity.name ?? identity.role ?? settings.siteTitle}</h1>
          {identity.name && identity.role ? <p className="role">{identity.role}</p> : null}
          {identity.tagline ? <p className="lead">{identity.tagline}</p> : null}
          {association?.coordinatorRole ? (
            <p className="membership">
              <Link href="/association">
                {t.rich('membership', {
                  role: () => <ShownText shown={association.coordinatorRole} locale={locale} />,
                  association: () => <ShownText shown={association.name} locale={locale} />,
                })}
              </Link>
            </p>
          ) : null}
          <p>
            <a className="button" href={contactHref}>
              {t('contactCta')}
            </a>
          </p>
        </div>
        {images.portrait ? (
          <MediaImage
            image={images.portrait}
            locale={locale}
            sizes="(min-width: 46rem) 14rem, 60vw"
            priority
            className="portrait"
          />
        ) : null}
      </section>

      <section aria-labelledby="services">
        <h2 id="services">{t('servicesHeading')}</h2>
        {services.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ul className="cards glance">
            {services.map((service) => (
              <ServiceCard key={service.id} service={service} locale={locale} heading="h3" />
            ))}
          </ul>
        )}
      </section>

      {questions.length > 0 ? (
        <section aria-labelledby="faq">
          <h2 id="faq">{t('faqHeading')}</h2>
          <ul className="featured-questions">
            {questions.map((faq) => (
              <li key={faq.id}>
                <h3>
                  <Link href={{ pathname: '/faq/[slug]', params: { slug: faq.slugs[locale] } }}>
                    <ShownText shown={faq.question} locale={locale} />
                  </Link>
                </h3>
                {faq.answer ? (
                  <p lang={faq.answer.lang === locale ? undefined : faq.answer.lang}>
                    {describe(readableText(faq.answer.value))}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <p>
            <Link href="/faq">{t('allFaqs')}</Link>
          </p>
        </section>
      ) : null}

      <section className="cta-panel" aria-labelledby="contact">
        <h2 id="contact">{settings.contactCallToAction || t('ctaHeading')}</h2>
        <p>{t('ctaText')}</p>
        <p>
          <a className="button" href={contactHref}>
            {t('contactCta')}
          </a>
        </p>
      </section>
    </Page>
  )
}
