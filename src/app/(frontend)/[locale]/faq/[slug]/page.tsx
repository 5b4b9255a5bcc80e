import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { ShownRichText, ShownText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import { getFaq, listFaqs } from '@/data/faqs'
import { lexicalToPlainText } from '@/data/lexical'
import { getSiteSettings } from '@/data/siteSettings'
import { showsFallback } from '@/data/views'
import { locales } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { entryPaths, pageMetadata } from '@/i18n/urls'

type Props = { params: Promise<{ locale: string; slug: string }> }

export async function generateStaticParams() {
  const faqs = await listFaqs('it')
  return locales.flatMap((locale) => faqs.map((faq) => ({ locale, slug: faq.slugs[locale] })))
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const faq = await getFaq(locale, (await params).slug)
  if (!faq) return {}
  const settings = await getSiteSettings(locale)
  return pageMetadata({
    locale,
    title: `${faq.question.value} · ${settings.siteTitle}`,
    description: lexicalToPlainText(faq.answer?.value).slice(0, 200),
    paths: entryPaths('/faq/[slug]', faq.slugs),
    translatedIn: faq.translatedIn,
  })
}

export default async function FaqPage({ params }: Props) {
  const locale = await pageLocale(params)
  const faq = await getFaq(locale, (await params).slug)
  if (!faq) notFound()
  const t = await getTranslations({ locale, namespace: 'Faq' })

  return (
    <Page locale={locale} paths={entryPaths('/faq/[slug]', faq.slugs)}>
      <article className="faq">
        <ShownText as="h1" shown={faq.question} locale={locale} />
        <TranslationNotice locale={locale} show={showsFallback(locale, faq.question, faq.answer)} />
        <ShownRichText shown={faq.answer} locale={locale} />
      </article>
      <p>
        <Link href="/faq">{t('backToIndex')}</Link>
      </p>
    </Page>
  )
}
