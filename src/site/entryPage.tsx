import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { orNotFoundPage } from '@/components/NotFoundPage'
import { Page } from '@/components/Page'
import { getSiteSettings } from '@/data/siteSettings'
import { strictCsp } from '@/env'
import { isLocale, type Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { entryPagePaths, type SectionPathname } from '@/routing/paths'

import { pageMetadata, titled } from './metadata'
import { contentSectionsBySegment } from './pages'
import { entryRedirectOrNotFound, redirectOrNotFound } from './redirects'

type Props = { params: Promise<{ locale: string; section: string; slug: string }> }

/**
 * The section at `segment` (`faq`) when its entries have pages of their own (`entryPages` in
 * src/routing/table.ts): its page, and how its content type finds and shows one (./pages.tsx, the
 * body the preview shows too).
 */
function entrySectionAt(segment: string) {
  const found = contentSectionsBySegment.get(segment)
  const entryAt = found?.page.content?.entryPages ? found.shown.entryAt : undefined
  return found && entryAt ? { ...found, entryAt } : undefined
}

/**
 * Every published entry's page in the layout's language (`params.locale`), at its slug there. With
 * the strict CSP every page is rendered per request, and an address the site does not know is
 * rendered too: one is rendered at build time whatever the database holds (as by the catch-all,
 * `[...rest]`), else a build without published entries would leave the route static and every
 * address under it would answer 500.
 */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale: Locale = isLocale(params.locale) ? params.locale : 'it'
  const sections = await Promise.all(
    [...contentSectionsBySegment].map(async ([section, { shown }]) =>
      entrySectionAt(section) ? (await shown.list(locale)).map(({ slugs }) => ({ section, slug: slugs[locale] })) : [],
    ),
  )
  return [...sections.flat(), ...(strictCsp() ? [{ section: 'pagina-inesistente', slug: 'x' }] : [])]
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { section, slug } = await params
  const found = entrySectionAt(section)
  const shown = found && (await found.entryAt(locale, slug))
  if (!found || !shown) return {}
  const settings = await getSiteSettings(locale)
  return pageMetadata({
    locale,
    title: titled(shown.title.value, settings.siteTitle),
    name: shown.title.value,
    description: shown.description,
    paths: entryPagePaths(found.name, shown.entry.slugs),
    translatedIn: shown.entry.translatedIn,
  })
}

/**
 * One entry's page (`/faq/[slug]`, `/services/[slug]`, …): its body, what follows it, and the way
 * back to its section. A former address of an entry answers 301 to where it is now; any other
 * two-segment address is one the site does not know (a redirect from it, else the 404 page).
 */
export const EntryPage = orNotFoundPage(async function EntryPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { section, slug } = await params
  const found = entrySectionAt(section)
  if (!found) return redirectOrNotFound([`/${locale}/${section}/${slug}`, `/${section}/${slug}`])
  const shown = await found.entryAt(locale, slug)
  if (!shown) return entryRedirectOrNotFound(`/${locale}${found.page.path}/${slug}`)
  // Every content type with entry pages has its messages' way back to its section, `backToIndex`.
  const t = await getTranslations({ locale, namespace: found.page.messages as 'Faq' | 'Services' })
  return (
    <Page locale={locale} paths={entryPagePaths(found.name, shown.entry.slugs)}>
      {shown.body}
      {shown.after}
      <p>
        <Link href={found.page.path as SectionPathname}>{t('backToIndex')}</Link>
      </p>
    </Page>
  )
})
