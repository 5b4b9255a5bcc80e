'use client'

import type { MouseEvent } from 'react'

import { localeLabels, type Locale, locales } from '@/i18n/locales'

interface Props {
  current: Locale
  /** The same page in each language. */
  paths: Record<Locale, string>
  label: string
}

/** A year: the visitor's choice of language, read by `/` (src/proxy.ts, next-intl's NEXT_LOCALE). */
const REMEMBER_SECONDS = 365 * 24 * 60 * 60

/**
 * Links to this page in the other language. A plain link works without JavaScript; with it, the
 * in-page anchor (e.g. a question on the FAQ page) is carried over, and the choice is remembered for
 * `/` here in the browser: pages themselves never set a cookie, so that any cache can share them.
 */
export function LanguageSwitcher({ current, paths, label }: Props) {
  const switchTo = (locale: Locale) => (event: MouseEvent<HTMLAnchorElement>) => {
    document.cookie = `NEXT_LOCALE=${locale}; Path=/; Max-Age=${REMEMBER_SECONDS}; SameSite=Lax`
    if (window.location.hash) event.currentTarget.href = event.currentTarget.pathname + window.location.hash
  }
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span lang={locale} aria-current="true">
                {localeLabels[locale]}
              </span>
            ) : (
              <a href={paths[locale]} hrefLang={locale} lang={locale} onClick={switchTo(locale)}>
                {localeLabels[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
