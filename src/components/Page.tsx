import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/locales'

import { SiteHeader } from './SiteHeader'

/** Header and main landmark of a public page; `paths` is this page in each language. */
export function Page({
  locale,
  paths,
  children,
}: {
  locale: Locale
  paths: Record<Locale, string>
  children: ReactNode
}) {
  return (
    <>
      <SiteHeader locale={locale} paths={paths} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
