import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import type { ContentCollectionSlug } from '@/collections/slugs'
import { Page } from '@/components/Page'
import { RefreshOnSave } from '@/components/RefreshOnSave'
import { isPreviewCollection, previewDraft } from '@/data/preview'
import { getSiteSettings } from '@/data/siteSettings'
import { type Locale, locales } from '@/i18n/locales'
import { pageLocale } from '@/i18n/pageLocale'
import { titled } from '@/site/metadata'
import { contentPages } from '@/site/pages'
import { previewPath } from '@/routing/paths'

type Props = { params: Promise<{ locale: string; collection: string; id: string }> }

export const dynamic = 'force-dynamic'

/** The latest draft as its page will show it: the content type's own page body (src/site/pages.tsx). */
async function draftOf<S extends ContentCollectionSlug>(collection: S, id: string, locale: Locale) {
  const result = await previewDraft(collection, id)
  return result.status === 'ok'
    ? { status: result.status, page: contentPages[collection].render(result.doc, locale) }
    : result
}

/** "Anteprima: <the entry's title> · <site>", for signed-in staff; never indexed. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { collection, id } = await params
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'Preview' }), getSiteSettings(locale)])
  const result = isPreviewCollection(collection) ? await draftOf(collection, id, locale) : null
  const entry = result?.status === 'ok' ? result.page?.title.value : null
  return {
    title: titled(entry ? `${t('title')}: ${entry}` : t('title'), settings.siteTitle),
    robots: { index: false, follow: false },
  }
}

/** The admin's live preview of an entry's latest draft, in the language being edited. */
export default async function PreviewPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { collection, id } = await params
  if (!isPreviewCollection(collection)) notFound()
  const t = await getTranslations({ locale, namespace: 'Preview' })
  const paths = Object.fromEntries(locales.map((l) => [l, previewPath(l, collection, id)])) as Record<Locale, string>
  const result = await draftOf(collection, id, locale)

  if (result.status !== 'ok') {
    return (
      <Page locale={locale} paths={paths}>
        <h1>{t('title')}</h1>
        <p>{result.status === 'signed-out' ? t('signIn') : t('notFound')}</p>
        {result.status === 'signed-out' ? <a href="/admin/login">{t('signInLink')}</a> : null}
      </Page>
    )
  }

  return (
    <Page locale={locale} paths={paths}>
      <RefreshOnSave />
      <p className="preview-banner" role="note">
        {t('banner')}
      </p>
      {result.page ? result.page.body : <p>{t('empty')}</p>}
    </Page>
  )
}
