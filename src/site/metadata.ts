import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { getSiteSettings } from '../data/siteSettings'
import { siteUrl } from '../env'
import { defaultLocale, type Locale, locales } from '../i18n/locales'
import { pageLocale } from '../i18n/pageLocale'
import { pagePaths, type SectionName } from '../routing/paths'
import { pageTable } from '../routing/table'
import { shareImage, type ShareImage } from './shareCard'

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

/** Search engines show about this many characters of a description. */
export const DESCRIPTION_LENGTH = 160

/** The shortest sentence or clause a description may end at: shorter, it says too little. */
const SHORTEST_DESCRIPTION = 40

/** Where a clause ends: before a comma, semicolon, colon or dash, or before a conjunction that starts one. */
const CLAUSE_END = /([^\s,;:])(?=[,;:]\s|\s[–—]\s|\s(?:ma|mentre|perché|but|while|because)\s)/g

/**
 * A description of at most DESCRIPTION_LENGTH characters. A longer text ends at its last whole
 * sentence that fits; failing that, at the end of a clause (with "…"); at a word only when neither
 * is long enough to say something.
 */
export function describe(text: string | null | undefined): string | undefined {
  const plain = text?.replace(/\s+/g, ' ').trim()
  if (!plain) return undefined
  if (plain.length <= DESCRIPTION_LENGTH) return plain
  const fits = plain.slice(0, DESCRIPTION_LENGTH + 1)
  const ends = (pattern: RegExp, within: number) =>
    [...fits.matchAll(pattern)]
      .map((m) => m.index + m[1]!.length)
      .filter((end) => end >= SHORTEST_DESCRIPTION && end <= within)
  const sentence = ends(/([.!?…])(?=\s)/g, DESCRIPTION_LENGTH).pop()
  if (sentence) return plain.slice(0, sentence)
  const clause = ends(CLAUSE_END, DESCRIPTION_LENGTH - 1).pop()
  if (clause) return `${plain.slice(0, clause)}…`
  const cut = plain.slice(0, DESCRIPTION_LENGTH - 1)
  const boundary = cut.lastIndexOf(' ')
  return `${(boundary > DESCRIPTION_LENGTH / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

/**
 * A page's title: its own name, then the site's — unless the name says the site's title already
 * ("Chi è l’Intimacy Coordinator?" with the site "Intimacy Coordinator"): the role once is enough.
 */
export const titled = (name: string, siteTitle: string | null | undefined) =>
  siteTitle && !name.toLocaleLowerCase().includes(siteTitle.trim().toLocaleLowerCase())
    ? `${name} · ${siteTitle}`
    : name

/** OpenGraph and Twitter tags of a page, with its share card. */
export function socialMetadata({
  locale,
  title,
  description,
  image,
  url,
  translatedIn = locales,
}: {
  locale: Locale
  title: string
  description?: string
  image: ShareImage
  url?: string
  translatedIn?: readonly Locale[]
}): Pick<Metadata, 'openGraph' | 'twitter'> {
  return {
    openGraph: {
      type: 'website',
      title,
      description,
      url,
      locale: ogLocales[locale],
      alternateLocale: translatedIn.filter((l) => l !== locale).map((l) => ogLocales[l]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  }
}

/**
 * Title, description, canonical, hreflang, OpenGraph and Twitter tags of a page. `name` is the
 * page's own title, without the site's, drawn large on its share card (default: the title).
 */
export async function pageMetadata({
  locale,
  title,
  name = title,
  description,
  paths,
  translatedIn = locales,
}: {
  locale: Locale
  title: string
  name?: string
  description?: string | null
  paths: Record<Locale, string>
  translatedIn?: readonly Locale[]
}): Promise<Metadata> {
  const alternates = alternatesMetadata(locale, paths, translatedIn)
  const shortDescription = describe(description)
  return {
    title,
    description: shortDescription,
    alternates,
    ...socialMetadata({
      locale,
      title,
      description: shortDescription,
      image: await shareImage(locale, name),
      url: alternates?.canonical as string,
      translatedIn,
    }),
  }
}

/**
 * Title, description and alternates of a section page of the page table (src/routing/table.ts),
 * whose heading and description are its messages' `title` and `description`.
 */
export async function sectionMetadata(params: Promise<{ locale: string }>, page: SectionName): Promise<Metadata> {
  const locale = await pageLocale(params)
  const namespace = pageTable[page].messages
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace }), getSiteSettings(locale)])
  const name = t('title')
  return pageMetadata({
    locale,
    title: titled(name, settings.siteTitle),
    name,
    // Each page its own description, written for it in each language (not the site's tagline).
    description: t('description'),
    paths: pagePaths(page),
  })
}
