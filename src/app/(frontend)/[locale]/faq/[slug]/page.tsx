import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { orNotFoundPage } from '@/components/NotFoundPage'
import { ContactCta } from '@/components/ContactCta'
import { Page } from '@/components/Page'
import { FaqArticle } from '@/components/entries/FaqArticle'
import { getFaq, listFaqs } from '@/data/faqs'
import { lexicalToPlainText } from '@/fields/richText'
import { getSiteSettings } from '@/data/siteSettings'
import { locales } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { pageMetadata, titled } from '@/site/metadata'
import { entryRedirectOrNotFound } from '@/site/redirects'
import { entryPaths } from '@/site/urls'

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
    title: titled(faq.question.value, settings.siteTitle),
    name: faq.question.value,
    description: lexicalToPlainText(faq.answer?.value),
    paths: entryPaths('/faq/[slug]', faq.slugs),
    translatedIn: faq.translatedIn,
  })
}

export default orNotFoundPage(async function FaqPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const faq = await getFaq(locale, slug)
  // A former address of an entry answers 301 to where it is now.
  if (!faq) return entryRedirectOrNotFound(`/${locale}/faq/${slug}`)
  const t = await getTranslations({ locale, namespace: 'Faq' })

  return (
    <Page locale={locale} paths={entryPaths('/faq/[slug]', faq.slugs)}>
      <FaqArticle faq={faq} locale={locale} />
      <ContactCta locale={locale} kind="faq" />
      <p>
        <Link href="/faq">{t('backToIndex')}</Link>
      </p>
    </Page>
  )
})
