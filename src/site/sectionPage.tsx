import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { ContentCollectionSlug } from '@/collections/slugs'
import { orNotFoundPage } from '@/components/NotFoundPage'
import { Page } from '@/components/Page'
import { strictCsp } from '@/env'
import { pageLocale } from '@/i18n/pageLocale'
import type { SectionName } from '@/routing/paths'
import { type PageTable, pageTable } from '@/routing/table'

import { sectionMetadata } from './metadata'
import { contentPages } from './pages'
import { redirectOrNotFound } from './redirects'

type Props = { params: Promise<{ locale: string; section: string }> }

/**
 * The sections whose page is generated here, by their path's segment (`kit`): those of a content
 * type that says how its section lists its entries (`list` in ./pages.tsx). A section with a page
 * file of its own under src/app (the FAQ's index, the services' search box) is served by that file.
 */
const generated = new Map(
  Object.entries(pageTable as PageTable).flatMap(([name, page]) => {
    const collection = page.content?.collection as ContentCollectionSlug | undefined
    const body = collection && contentPages[collection].sectionBody
    return body ? [[page.path.slice(1), { name: name as SectionName, body }] as const] : []
  }),
)

/** The generated sections (and, with the strict CSP, an unknown one: see ./entryPage.tsx). */
export const generateStaticParams = () => [
  ...[...generated.keys()].map((section) => ({ section })),
  ...(strictCsp() ? [{ section: 'pagina-inesistente' }] : []),
]

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = generated.get((await params).section)
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
  const found = generated.get(section)
  if (!found) return redirectOrNotFound([`/${locale}/${section}`, `/${section}`])
  const namespace = pageTable[found.name].messages as 'Kit'
  const [t, entries] = await Promise.all([getTranslations({ locale, namespace }), found.body(locale)])
  return (
    <Page locale={locale} page={found.name}>
      <h1>{t('title')}</h1>
      {t.has('intro') ? <p className="lead">{t('intro')}</p> : null}
      {entries ?? <p>{t('empty')}</p>}
    </Page>
  )
})
