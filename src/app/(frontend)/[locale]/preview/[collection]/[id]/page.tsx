import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { Page } from '@/components/Page'
import { RefreshOnSave } from '@/components/RefreshOnSave'
import { ShownRichText, ShownText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import { previewPath } from '@/collections/livePreview'
import { isPreviewCollection, previewDraft } from '@/data/preview'
import { showsFallback, toAssociationView, toFaqView, toKitItemView, toServiceView } from '@/data/views'
import { locales } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'

type Props = { params: Promise<{ locale: string; collection: string; id: string }> }

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false, follow: false } }

/** The admin's live preview of an entry's latest draft, in the language being edited. */
export default async function PreviewPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { collection, id } = await params
  if (!isPreviewCollection(collection)) notFound()
  const t = await getTranslations({ locale, namespace: 'Preview' })
  const paths = Object.fromEntries(locales.map((l) => [l, previewPath(l, collection, id)])) as Record<
    (typeof locales)[number],
    string
  >
  const result = await previewDraft(collection, id)

  if (result.status !== 'ok') {
    return (
      <Page locale={locale} paths={paths}>
        <h1>{t('title')}</h1>
        <p>{result.status === 'signed-out' ? t('signIn') : t('notFound')}</p>
        {result.status === 'signed-out' ? <a href="/admin/login">{t('signInLink')}</a> : null}
      </Page>
    )
  }

  const { doc } = result
  const view =
    collection === 'faqs'
      ? (() => {
          const faq = toFaqView(doc, locale, 0)
          return faq && { title: faq.question, body: faq.answer, text: null }
        })()
      : collection === 'services'
        ? (() => {
            const service = toServiceView(doc, locale)
            return service && { title: service.title, body: service.body, text: service.summary }
          })()
        : collection === 'kit-items'
          ? (() => {
              const item = toKitItemView(doc, locale)
              return item && { title: item.name, body: null, text: item.description }
            })()
          : (() => {
              const association = toAssociationView(doc, locale)
              return (
                association && {
                  title: association.name,
                  body: association.description,
                  text: association.coordinatorRole,
                }
              )
            })()

  return (
    <Page locale={locale} paths={paths}>
      <RefreshOnSave />
      <p className="preview-banner" role="note">
        {t('banner')}
      </p>
      {view ? (
        <article>
          <ShownText as="h1" shown={view.title} locale={locale} />
          <TranslationNotice locale={locale} show={showsFallback(locale, view.title, view.body, view.text)} />
          <ShownText as="p" className="lead" shown={view.text} locale={locale} />
          <ShownRichText shown={view.body} locale={locale} />
        </article>
      ) : (
        <p>{t('empty')}</p>
      )}
    </Page>
  )
}
