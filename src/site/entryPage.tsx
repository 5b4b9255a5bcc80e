import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { ContentCollectionSlug } from '@/collections/slugs'
import { orNotFoundPage } from '@/components/NotFoundPage'
import { Page } from '@/components/Page'
import { getSiteSettings } from '@/data/siteSettings'
import { locales } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { pageLocale } from '@/i18n/pageLocale'
import { contentSections, entryPagePaths, pageOfCollection } from '@/routing/paths'

import { pageMetadata, titled } from './metadata'
import { contentPages } from './pages'
import { entryRedirectOrNotFound } from './redirects'

type Props = { params: Promise<{ locale: string; slug: string }> }

/**
 * The page of one entry of `collection` (`/faq/[slug]`, `/services/[slug]`): its static params,
 * metadata and page in one place for every content type with entry pages. Its place and messages
 * are the page table's (src/routing/table.ts), its body the registry's (./pages.tsx), the one the
 * preview shows. A route file re-exports what this returns.
 */
export function entryPage(collection: ContentCollectionSlug) {
  const { list, entryAt } = contentPages[collection]
  const page = pageOfCollection(collection)
  const { section, entry } = contentSections[collection]
  if (!page || !entryAt || !entry) throw new Error(`${collection} has no entry pages (src/routing/table.ts)`)
  const [name, { messages }] = page

  return {
    async generateStaticParams() {
      const entries = await list('it')
      return locales.flatMap((locale) => entries.map(({ slugs }) => ({ locale, slug: slugs[locale] })))
    },

    async generateMetadata({ params }: Props): Promise<Metadata> {
      const locale = await pageLocale(params)
      const shown = await entryAt(locale, (await params).slug)
      if (!shown) return {}
      const settings = await getSiteSettings(locale)
      return pageMetadata({
        locale,
        title: titled(shown.title.value, settings.siteTitle),
        name: shown.title.value,
        description: shown.description,
        paths: entryPagePaths(name, shown.entry.slugs),
        translatedIn: shown.entry.translatedIn,
      })
    },

    Page: orNotFoundPage(async function EntryPage({ params }: Props) {
      const locale = await pageLocale(params)
      const { slug } = await params
      const shown = await entryAt(locale, slug)
      // A former address of an entry answers 301 to where it is now.
      if (!shown) return entryRedirectOrNotFound(`/${locale}${entry.replace('[slug]', slug)}`)
      // Every content type with entry pages has its messages' way back to its section, `backToIndex`.
      const t = await getTranslations({ locale, namespace: messages as 'Faq' | 'Services' })
      return (
        <Page locale={locale} paths={entryPagePaths(name, shown.entry.slugs)}>
          {shown.body}
          {shown.after}
          <p>
            <Link href={section}>{t('backToIndex')}</Link>
          </p>
        </Page>
      )
    }),
  }
}
