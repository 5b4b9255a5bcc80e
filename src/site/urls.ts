import { type Locale, locales } from '../i18n/locales'
import { getPathname } from '../i18n/navigation'
import type { EntryPathname, SectionPathname } from '../routing/paths'

type Href = Parameters<typeof getPathname>[0]['href']

/** The public path of a page in each language, e.g. /it/domande-frequenti ↔ /en/faq. */
export function pathsFor(href: Href | ((locale: Locale) => Href)): Record<Locale, string> {
  return Object.fromEntries(
    locales.map((locale) => [locale, getPathname({ locale, href: typeof href === 'function' ? href(locale) : href })]),
  ) as Record<Locale, string>
}

export const sectionPaths = (pathname: SectionPathname) => pathsFor(pathname)

export const entryPaths = (pathname: EntryPathname, slugs: Record<Locale, string>) =>
  pathsFor((locale) => ({ pathname, params: { slug: slugs[locale] } }))
