import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FaqContents } from '@/components/FaqContents'
import { FaqJsonLd } from '@/components/FaqJsonLd'
import { Page } from '@/components/Page'
import { SearchBox } from '@/components/SearchBox'
import { ShownRichText, ShownText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import { listFaqIndex } from '@/data/faqIndex'
import { getSiteSettings } from '@/data/siteSettings'
import { showsFallback } from '@/data/views'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata, sectionPaths } from '@/i18n/urls'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Faq' }), getSiteSettings(locale)])
  return pageMetadata({
    locale,
    title: `${t('title')} · ${settings.siteTitle}`,
    description: settings.faqIntro,
    paths: sectionPaths('/faq'),
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
    <Page locale={locale} paths={sectionPaths('/faq')}>
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
            <article key={faq.id} className="faq" aria-labelledby={`q-${faq.number}`}>
              <h2 id={`q-${faq.number}`}>
                {faq.number}. <ShownText shown={faq.question} locale={locale} />
              </h2>
              <TranslationNotice locale={locale} show={showsFallback(locale, faq.question, faq.answer)} />
              <ShownRichText shown={faq.answer} locale={locale} />
              <p className="faq-links">
                <Link href={{ pathname: '/faq/[slug]', params: { slug: faq.slugs[locale] } }}>{t('readMore')}</Link>
                {' · '}
                <a href="#top">{layout('backToTop')}</a>
              </p>
            </article>
          ))}
        </>
      )}
    </Page>
  )
}
