import type { Metadata } from 'next'

import { siteUrl } from '../env'
import { defaultLocale, type Locale, locales } from './locales'
import { getPathname } from './navigation'
import type { SectionPathname } from './routing'

type Href = Parameters<typeof getPathname>[0]['href']

/** The public path of a page in each language, e.g. /it/domande-frequenti ↔ /en/faq. */
export function pathsFor(href: Href | ((locale: Locale) => Href)): Record<Locale, string> {
  return Object.fromEntries(
    locales.map((locale) => [locale, getPathname({ locale, href: typeof href === 'function' ? href(locale) : href })]),
  ) as Record<Locale, string>
}

export const sectionPaths = (pathname: SectionPathname) => pathsFor(pathname)

export const entryPaths = (pathname: '/faq/[slug]' | '/services/[slug]', slugs: Record<Locale, string>) =>
  pathsFor((locale) => ({ pathname, params: { slug: slugs[locale] } }))

/**
 * Canonical and hreflang alternates. A language in which the entry is not translated is left out
 * of hreflang (its page only shows the Italian text), and x-default is the Italian page.
 */
export function alternatesMetadata(
  locale: Locale,
  paths: Record<Locale, string>,
  translatedIn: readonly Locale[] = locales,
): Metadata['alternates'] {
  const base = siteUrl()
  const languages: Record<string, string> = {}
  for (const l of locales) if (translatedIn.includes(l)) languages[l] = base + paths[l]
  languages['x-default'] = base + paths[defaultLocale]
  return { canonical: base + paths[locale], languages }
}

const ogLocales: Record<Locale, string> = { it: 'it_IT', en: 'en_GB' }

/** Title, description, canonical, hreflang and OpenGraph of a page. */
export function pageMetadata({
  locale,
  title,
  description,
  paths,
  translatedIn = locales,
}: {
  locale: Locale
  title: string
  description?: string | null
  paths: Record<Locale, string>
  translatedIn?: readonly Locale[]
}): Metadata {
  const alternates = alternatesMetadata(locale, paths, translatedIn)
  return {
    title,
    description: description ?? undefined,
    alternates,
    openGraph: {
      type: 'website',
      title,
      description: description ?? undefined,
      url: alternates?.canonical as string,
      locale: ogLocales[locale],
      alternateLocale: translatedIn.filter((l) => l !== locale).map((l) => ogLocales[l]),
    },
  }
}
