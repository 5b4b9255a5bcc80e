import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { listFaqs } from '@/data/faqs'
import { getSiteSettings } from '@/data/siteSettings'
import { routing } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Home' })
  const [faqs, settings] = await Promise.all([listFaqs(locale), getSiteSettings(locale)])

  return (
    <>
      <h1>{t('faqHeading')}</h1>
      {settings.faqIntro ? <p className="intro">{settings.faqIntro}</p> : null}
      {faqs.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="faq-list">
          {faqs.map((faq) => (
            <li key={faq.id}>{faq.question}</li>
          ))}
        </ol>
      )}
    </>
  )
}
