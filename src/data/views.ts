import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { siteUrl } from '../env'
import type { Locale } from '../i18n/locales'
import type { AllLocalesDoc } from './entries'
import { isTranslated, pick, type Shown, slugsOf } from './localized'

export type RichTextDoc = SerializedEditorState
type Field<T> = Partial<Record<Locale, T | null>>

const field = <T>(doc: AllLocalesDoc, name: string) => doc[name] as Field<T> | undefined

/** What every page-backed entry has: its slugs per language and whether it is translated. */
export interface EntryView {
  id: number
  slugs: Record<Locale, string>
  /** Languages in which the entry has its own text (Italian always). */
  translatedIn: Locale[]
}

function entry(doc: AllLocalesDoc, titleField: string): EntryView | null {
  const slugs = slugsOf(doc.slug)
  if (!slugs) return null
  const title = field<string>(doc, titleField)
  const translatedIn = (['it', 'en'] as const).filter((l) => isTranslated(title, l))
  return { id: doc.id, slugs, translatedIn }
}

export interface FaqView extends EntryView {
  number: number
  section: string
  question: Shown<string>
  answer: Shown<RichTextDoc> | null
}

export function toFaqView(doc: AllLocalesDoc, locale: Locale, number: number): FaqView | null {
  const base = entry(doc, 'question')
  const question = pick(field<string>(doc, 'question'), locale)
  if (!base || !question) return null
  return {
    ...base,
    number,
    section: String(doc.section ?? ''),
    question,
    answer: pick(field<RichTextDoc>(doc, 'answer'), locale),
  }
}

export interface ServiceView extends EntryView {
  title: Shown<string>
  summary: Shown<string> | null
  body: Shown<RichTextDoc> | null
  contexts: string[]
  phases: string[]
}

export function toServiceView(doc: AllLocalesDoc, locale: Locale): ServiceView | null {
  const base = entry(doc, 'title')
  const title = pick(field<string>(doc, 'title'), locale)
  if (!base || !title) return null
  return {
    ...base,
    title,
    summary: pick(field<string>(doc, 'summary'), locale),
    body: pick(field<RichTextDoc>(doc, 'body'), locale),
    contexts: (doc.contexts as string[] | undefined) ?? [],
    phases: (doc.phases as string[] | undefined) ?? [],
  }
}

/** An uploaded image in one of its generated sizes, with its alternative text in the page's language. */
export interface ImageView {
  url: string
  width: number
  height: number
  alt: Shown<string> | null
}

type MediaDoc = {
  url?: string | null
  width?: number | null
  height?: number | null
  alt?: Field<string> | string | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null }>
}

/** The `size` rendition of a populated upload field (the original when that size was not made). */
export function toImageView(value: unknown, locale: Locale, size = 'card'): ImageView | null {
  if (!value || typeof value !== 'object') return null
  const media = value as MediaDoc
  const rendition = media.sizes?.[size]?.url ? media.sizes[size]! : media
  if (!rendition.url || !rendition.width || !rendition.height) return null
  const alt = typeof media.alt === 'string' ? { value: media.alt, lang: locale } : pick(media.alt ?? undefined, locale)
  return { url: sitePath(rendition.url), width: rendition.width, height: rendition.height, alt }
}

/** Payload gives absolute URLs (serverURL); the site's own files are served by path. */
function sitePath(url: string): string {
  const parsed = new URL(url, siteUrl())
  return parsed.origin === new URL(siteUrl()).origin ? parsed.pathname + parsed.search : url
}

export interface KitItemView extends EntryView {
  name: Shown<string>
  description: Shown<string> | null
  useContext: string
  image: ImageView | null
}

export function toKitItemView(doc: AllLocalesDoc, locale: Locale): KitItemView | null {
  const base = entry(doc, 'name')
  const name = pick(field<string>(doc, 'name'), locale)
  if (!base || !name) return null
  return {
    ...base,
    name,
    description: pick(field<string>(doc, 'description'), locale),
    useContext: String(doc.useContext ?? 'both'),
    image: toImageView(doc.image, locale),
  }
}

export interface AssociationView extends EntryView {
  name: Shown<string>
  description: Shown<RichTextDoc> | null
  coordinatorRole: Shown<string> | null
  website: string | null
  logo: ImageView | null
}

export function toAssociationView(doc: AllLocalesDoc, locale: Locale): AssociationView | null {
  const base = entry(doc, 'name')
  const name = pick(field<string>(doc, 'name'), locale)
  if (!base || !name) return null
  return {
    ...base,
    name,
    description: pick(field<RichTextDoc>(doc, 'description'), locale),
    coordinatorRole: pick(field<string>(doc, 'coordinatorRole'), locale),
    website: typeof doc.website === 'string' && doc.website ? doc.website : null,
    logo: toImageView(doc.logo, locale, 'thumbnail'),
  }
}

/** Filters out entries that have no Italian text or slug (not showable). */
export const present = <T>(value: T | null): value is T => value !== null

/** True when anything shown comes from the Italian text instead of the visitor's language. */
export function showsFallback(locale: Locale, ...values: Array<Shown<unknown> | null | undefined>): boolean {
  return values.some((value) => value && value.lang !== locale)
}
