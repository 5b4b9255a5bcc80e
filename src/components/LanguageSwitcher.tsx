import { localeLabels, type Locale, locales } from '@/i18n/locales'

interface Props {
  current: Locale
  /** The same page in each language. */
  paths: Record<Locale, string>
  label: string
}

/** The script that enhances the switcher (public/, loaded deferred by the layout). */
export const LANGUAGE_SWITCH_SCRIPT = '/language-switch.js'

/**
 * Links to this page in the other language, rendered on the server: plain links that work without
 * JavaScript. With it, a tiny static script (public/language-switch.js, no React) carries the
 * in-page anchor over (e.g. a question on the FAQ page) and remembers the choice for `/` in the
 * NEXT_LOCALE cookie, here in the browser: pages themselves never set a cookie, so that any cache
 * can share them.
 */
export function LanguageSwitcher({ current, paths, label }: Props) {
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
              <a href={paths[locale]} hrefLang={locale} lang={locale}>
                {localeLabels[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
