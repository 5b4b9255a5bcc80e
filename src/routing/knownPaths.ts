import { type Locale, locales } from '../i18n/locales'
import { pathnames, searchResultsPathname } from './paths'

/** A pathname pattern (`/faq/[slug]`) as a regular expression matching one whole path. */
const pattern = (path: string) => new RegExp(`^${path.replace(/\[[^\]]+\]/g, '[^/]+')}$`)

/**
 * Every page's path after the locale: the public ones in each language (`/domande-frequenti/…`),
 * the app's own (`/faq/…`, which the locale routing redirects to the public one) and a search's
 * results page (`/search/<token>`, what the proxy serves a search from).
 */
const pagePatterns: RegExp[] = [
  ...Object.entries(pathnames).flatMap(([internal, localized]) => [
    pattern(internal),
    ...locales.map((locale) => pattern(typeof localized === 'string' ? localized : localized[locale])),
  ]),
  pattern(searchResultsPathname),
]

/**
 * The language of the 404 page when `pathname` can be no page of the site (no route matches it in
 * any language), else null: the routes decide (an entry's slug is only known to its page). The
 * address's own language, Italian when it has none (`/nope`, `/faq.html`).
 */
export function unknownAddressLocale(pathname: string): Locale | null {
  const [, first = '', ...rest] = pathname.split('/')
  const locale = locales.find((l) => l === first)
  const path = locale ? `/${rest.join('/')}` : pathname
  if (pagePatterns.some((p) => p.test(path))) return null
  return locale ?? 'it'
}
