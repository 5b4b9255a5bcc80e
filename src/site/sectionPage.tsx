import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { orNotFoundPage } from '@/components/NotFoundPage'
import { Page } from '@/components/Page'
import { strictCsp } from '@/env'
import { pageLocale } from '@/i18n/pageLocale'

import { sectionMetadata } from './metadata'
import { contentSectionsBySegment } from './pages'
import { redirectOrNotFound } from './redirects'

type Props = { params: Promise<{ locale: string; section: string }> }

/**
 * The section generated here at `segment` (`kit`): one of a content type that says how its section
 * lists its entries (`list` in ./pages.tsx). A section with a page file of its own under src/app
 * (the FAQ's index, the services' search box) is served by that file.
 */
function generatedAt(segment: string) {
  const found = contentSectionsBySegment.get(segment)
  const body = found?.shown.sectionBody
  return found && body ? { name: found.name, page: found.page, body } : undefined
}

/** The generated sections (and, with the strict CSP, an unknown one: see ./entryPage.tsx). */
export const generateStaticParams = () => [
  ...[...contentSectionsBySegment.keys()].filter((section) => generatedAt(section)).map((section) => ({ section })),
  ...(strictCsp() ? [{ section: 'pagina-inesistente' }] : []),
]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = generatedAt((await params).section)
  return found ? sectionMetadata(params, found.name) : {}
}

/**
 * A content type's section: its title, its introduction when its messages have one (`intro`), and
 * its published entries, or its `empty` message. Any other one-segment address is one the site
 * does not know: a redirect from it when there is one, else the 404 page, as at any depth
 * (the catch-all, `[...rest]`).
 */
export const SectionPage = orNotFoundPage(async function SectionPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { section } = await params
  const found = generatedAt(section)
  if (!found) return redirectOrNotFound([`/${locale}/${section}`, `/${section}`])
  const namespace = found.page.messages as 'Kit'
  const [t, entries] = await Promise.all([getTranslations({ locale, namespace }), found.body(locale)])
  return (
    <Page locale={locale} page={found.name}>
      <h1>{t('title')}</h1>
      {t.has('intro') ? <p className="lead">{t('intro')}</p> : null}
      {entries ?? <p>{t('empty')}</p>}
    </Page>
  )
})
