import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FaqContents } from '@/components/FaqContents'
import { FaqJsonLd } from '@/components/FaqJsonLd'
import { Page } from '@/components/Page'
import { SearchBox } from '@/components/SearchBox'
import { FaqArticle } from '@/components/entries/FaqArticle'
import { ShownText } from '@/components/Shown'
import { listFaqIndex } from '@/data/faqIndex'
import { getSiteSettings } from '@/data/siteSettings'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata, titled } from '@/site/metadata'
import { pagePaths } from '@/routing/paths'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Faq' }), getSiteSettings(locale)])
  return pageMetadata({
    locale,
    title: titled(t('title'), settings.siteTitle),
    name: t('title'),
    description: settings.faqIntro,
    paths: pagePaths('faq'),
  })
}

export default async function FaqIndexPage({ params }: Props) {
  const locale = await pageLocale(params)
  const [t, layout, settings, { faqs, answers }] = await Promise.all([
    getTranslations({ locale, namespace: 'Faq' }),
    getTranslations({ locale, namespace: 'Layout' }),
    getSiteSettings(locale),
    listFaqIndex(locale),
  ])

  return (
    <Page locale={locale} page="faq">
      <h1>{t('title')}</h1>
      {settings.faqIntro ? <p className="lead">{settings.faqIntro}</p> : null}
      <SearchBox locale={locale} />
      {faqs.length === 0 ? (
        <p>{t('empty')}</p>
      ) : !answers ? (
        <FaqContents faqs={faqs} locale={locale} />
      ) : (
        <>
          <FaqJsonLd faqs={faqs} locale={locale} />
          <nav aria-labelledby="faq-index">
            <h2 id="faq-index">{t('index')}</h2>
            <ol className="faq-index">
              {faqs.map((faq) => (
                <li key={faq.id}>
                  <a href={`#q-${faq.number}`}>
                    <ShownText shown={faq.question} locale={locale} />
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          {faqs.map((faq) => (
            <FaqArticle key={faq.id} faq={faq} locale={locale} numbered>
              <p className="faq-links">
                <Link href={{ pathname: '/faq/[slug]', params: { slug: faq.slugs[locale] } }}>{t('readMore')}</Link>
                {' · '}
                <a href="#top">{layout('backToTop')}</a>
              </p>
            </FaqArticle>
          ))}
        </>
      )}
    </Page>
  )
}
