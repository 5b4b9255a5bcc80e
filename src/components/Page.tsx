import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'
import { type HeroPage, pagePaths, type SectionName } from '@/routing/paths'
import { pageTable } from '@/routing/table'

import { PageHero } from './PageHero'
import { SiteHeader } from './SiteHeader'

/**
 * Header and main landmark of a public page. `page` names a section of the page table
 * (src/routing/table.ts), which gives its paths in each language and whether it opens with an
 * image; other pages (an entry's, a search's) give their `paths` in each language.
 */
export function Page({
  locale,
  page,
  paths,
  children,
}: { locale: Locale; children: ReactNode } & (
  { page: SectionName; paths?: Record<Locale, string> } | { page?: undefined; paths: Record<Locale, string> }
)) {
  const hero = page && 'hero' in pageTable[page] ? (page as HeroPage) : undefined
  const inEachLanguage = paths ?? pagePaths(page!) // one of the two is given (the props' type)
  return (
    <>
      <SiteHeader locale={locale} paths={inEachLanguage} tagline={page !== 'home'} />
      <main id="main" tabIndex={-1}>
        {hero ? <PageHero locale={locale} page={hero} /> : null}
        {children}
      </main>
    </>
  )
}
