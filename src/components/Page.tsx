import type { ReactNode } from 'react'

import type { HeroPage } from '@/globals/SiteSettings'
import type { Locale } from '@/i18n/locales'

import { PageHero } from './PageHero'
import { SiteHeader } from './SiteHeader'

/** Header and main landmark of a public page; `paths` is this page in each language. */
export function Page({
  locale,
  paths,
  hero,
  children,
}: {
  locale: Locale
  paths: Record<Locale, string>
  /** The page type whose opening image (from the site settings) the page shows, if any. */
  hero?: HeroPage
  children: ReactNode
}) {
  return (
    <>
      <SiteHeader locale={locale} paths={paths} tagline={hero !== 'home'} />
      <main id="main" tabIndex={-1}>
        {hero ? <PageHero locale={locale} page={hero} /> : null}
        {children}
      </main>
    </>
  )
}
