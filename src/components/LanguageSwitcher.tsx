'use client'

import type { MouseEvent } from 'react'

import { localeLabels, type Locale, locales } from '@/i18n/locales'

interface Props {
  current: Locale
  /** The same page in each language. */
  paths: Record<Locale, string>
  label: string
}

/**
 * Links to this page in the other language. A plain link works without JavaScript; with it, the
 * in-page anchor (e.g. a question on the FAQ page) is carried over.
 */
export function LanguageSwitcher({ current, paths, label }: Props) {
  const keepAnchor = (event: MouseEvent<HTMLAnchorElement>) => {
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
              <a href={paths[locale]} hrefLang={locale} lang={locale} onClick={keepAnchor}>
                {localeLabels[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
