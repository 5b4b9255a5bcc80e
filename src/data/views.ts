import type { AllLocalesOf, PerLocale } from '../collections/documents'
import { siteUrl } from '../env'
import type { RichTextDoc } from '../fields/richText'
import type { Locale } from '../i18n/locales'
import type { Media } from '../payload-types'
import { isTranslated, pick, pickRichText, type Shown, slugsOf } from './localized'

/** What every page-backed entry has: its slugs per language and whether it is translated. */
export interface EntryView {
  id: number
  slugs: Record<Locale, string>
  /** Languages in which the entry has its own text (Italian always). */
  translatedIn: Locale[]
}

type Entry = { id: number; slug?: PerLocale<string> | null }

/** The entry's slugs, and the languages in which its title (and so the entry) is translated. */
function entry(doc: Entry, title: PerLocale<string> | null | undefined): EntryView | null {
  const slugs = slugsOf(doc.slug)
  if (!slugs) return null
  const translatedIn = (['it', 'en'] as const).filter((l) => isTranslated(title, l))
  return { id: doc.id, slugs, translatedIn }
}

export interface FaqView extends EntryView {
  number: number
  section: AllLocalesOf<'faqs'>['section']
  question: Shown<string>
  answer: Shown<RichTextDoc> | null
}

export function toFaqView(doc: AllLocalesOf<'faqs'>, locale: Locale, number: number): FaqView | null {
  const base = entry(doc, doc.question)
  const question = pick(doc.question, locale)
  if (!base || !question) return null
  return { ...base, number, section: doc.section, question, answer: pickRichText(doc.answer, locale) }
}

export interface ServiceView extends EntryView {
  title: Shown<string>
  summary: Shown<string> | null
  body: Shown<RichTextDoc> | null
  contexts: AllLocalesOf<'services'>['contexts']
  phases: NonNullable<AllLocalesOf<'services'>['phases']>
}

export function toServiceView(doc: AllLocalesOf<'services'>, locale: Locale): ServiceView | null {
  const base = entry(doc, doc.title)
  const title = pick(doc.title, locale)
  if (!base || !title) return null
  return {
    ...base,
    title,
    summary: pick(doc.summary, locale),
    body: pickRichText(doc.body, locale),
    contexts: doc.contexts ?? [],
    phases: doc.phases ?? [],
  }
}

/** An uploaded image in one of its generated sizes, with its alternative text in the page's language. */
export interface ImageView {
  url: string
  width: number
  height: number
  alt: Shown<string> | null
}

type ImageSize = keyof NonNullable<Media['sizes']>
/** An upload field read at depth 1 in every locale: the media document (alt per locale), or its id. */
type Upload = AllLocalesOf<'media'> | number | null | undefined

/** The `size` rendition of a populated upload field (the original when that size was not made). */
export function toImageView(value: Upload, locale: Locale, size: ImageSize = 'card'): ImageView | null {
  if (!value || typeof value !== 'object') return null
  const rendition = value.sizes?.[size]?.url ? value.sizes[size] : value
  if (!rendition?.url || !rendition.width || !rendition.height) return null
  return {
    url: sitePath(rendition.url),
    width: rendition.width,
    height: rendition.height,
    alt: pick(value.alt, locale),
  }
}

/** Payload gives absolute URLs (serverURL); the site's own files are served by path. */
function sitePath(url: string): string {
  const parsed = new URL(url, siteUrl())
  return parsed.origin === new URL(siteUrl()).origin ? parsed.pathname + parsed.search : url
}

export interface KitItemView extends EntryView {
  name: Shown<string>
  description: Shown<string> | null
  useContext: AllLocalesOf<'kit-items'>['useContext']
  image: ImageView | null
}

export function toKitItemView(doc: AllLocalesOf<'kit-items'>, locale: Locale): KitItemView | null {
  const base = entry(doc, doc.name)
  const name = pick(doc.name, locale)
  if (!base || !name) return null
  return {
    ...base,
    name,
    description: pick(doc.description, locale),
    useContext: doc.useContext,
    image: toImageView(doc.image as Upload, locale),
  }
}

export interface AssociationView extends EntryView {
  name: Shown<string>
  description: Shown<RichTextDoc> | null
  coordinatorRole: Shown<string> | null
  website: string | null
  logo: ImageView | null
}

export function toAssociationView(doc: AllLocalesOf<'associations'>, locale: Locale): AssociationView | null {
  const base = entry(doc, doc.name)
  const name = pick(doc.name, locale)
  if (!base || !name) return null
  return {
    ...base,
    name,
    description: pickRichText(doc.description, locale),
    coordinatorRole: pick(doc.coordinatorRole, locale),
    website: doc.website || null,
    logo: toImageView(doc.logo as Upload, locale, 'thumbnail'),
  }
}

/** True when anything shown comes from the Italian text instead of the visitor's language. */
export function showsFallback(locale: Locale, ...values: Array<Shown<unknown> | null | undefined>): boolean {
  return values.some((value) => value && value.lang !== locale)
}
