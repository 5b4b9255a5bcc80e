import { collections } from '../collections'
import { contentTypes } from '../collections/contentTypes'
import { localizedNames } from '../collections/localizedFieldsSchema'
import type { AllLocalesOf, DocOf, LocalizedName } from '../collections/documents'
import type { ContentCollectionSlug } from '../collections/slugs'
import { siteUrl } from '../env'
import { type Locale, locales } from '../i18n/locales'
import type { Media } from '../payload-types'
import { isTranslated, pick, type Shown, slugsOf } from './localized'

/**
 * An entry as its pages show it in one language: every localized field as `Shown` (the visitor's
 * language, or the Italian where it is not translated yet), every other field as stored. A field
 * added to a collection appears here with no code, typed from the generated types.
 */
export type ShownEntry<S extends ContentCollectionSlug> = {
  [K in keyof DocOf<S>]-?: K extends LocalizedName<S> ? Shown<NonNullable<DocOf<S>[K]>> | null : DocOf<S>[K]
}

/** What every page-backed entry has besides its fields. */
export interface EntryView {
  id: number
  /** Its slug per language (the Italian one where it has no English slug). */
  slugs: Record<Locale, string>
  /** Languages in which the entry has its own text (Italian always). */
  translatedIn: Locale[]
  /** True when something shown is the Italian text on a page in another language. */
  showsFallback: boolean
}

/** An entry view whose title field is always there. */
type View<S extends ContentCollectionSlug, T extends LocalizedName<S>> = Omit<ShownEntry<S>, T | 'slug'> & {
  [K in T]: Shown<string>
} & EntryView

/** The localized field names of each content type, from its config. */
const localizedNamesOf = new Map(collections.map((collection) => [collection.slug, localizedNames(collection.fields)]))

/** The field that names an entry of `S`: its collection's `titleField` (src/collections/contentTypes.ts). */
export type TitleField<S extends ContentCollectionSlug> = Extract<
  (typeof contentTypes)[S]['custom']['searched']['title'],
  LocalizedName<S>
>

/** An entry of `S` as its pages show it in one language, its title always there. */
export type EntryViewOf<S extends ContentCollectionSlug> = View<S, TitleField<S>>

/**
 * `doc` as shown in `locale`, titled by its type's title field; null when it has no Italian title
 * or slug. Upload fields stay as read (the media document): a body shows one with `toImageView`.
 */
export function entryView<S extends ContentCollectionSlug>(
  collection: S,
  doc: AllLocalesOf<S>,
  locale: Locale,
): EntryViewOf<S> | null {
  const fields = doc as Record<string, unknown>
  const slugs = slugsOf(fields.slug as Partial<Record<Locale, string | null>> | null | undefined)
  const titleField = contentTypes[collection].custom.searched.title
  const title = fields[titleField] as Partial<Record<Locale, string | null>> | null | undefined
  if (!slugs || !pick(title, locale)) return null
  const shown: Record<string, unknown> = { ...fields }
  let showsFallback = false
  for (const name of localizedNamesOf.get(collection) ?? []) {
    if (name === 'slug') continue
    const value = pick(fields[name] as Partial<Record<Locale, unknown>> | null | undefined, locale)
    shown[name] = value
    if (value && value.lang !== locale) showsFallback = true
  }
  delete shown.slug
  const translatedIn = locales.filter((l) => isTranslated(title, l))
  const view: Record<string, unknown> = { ...shown, id: doc.id, slugs, translatedIn, showsFallback }
  return view as EntryViewOf<S>
}

/** The shown title of an entry view. */
export const titleOf = <S extends ContentCollectionSlug>(collection: S, view: EntryViewOf<S>): Shown<string> =>
  (view as unknown as Record<string, Shown<string>>)[contentTypes[collection].custom.searched.title]!

/** An FAQ is also numbered, as on the practice's FAQ page. */
export type FaqView = EntryViewOf<'faqs'> & { number: number }

export function toFaqView(doc: AllLocalesOf<'faqs'>, locale: Locale, number: number): FaqView | null {
  const view = entryView('faqs', doc, locale)
  return view && { ...view, number }
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
export function toImageView(value: unknown, locale: Locale, size: ImageSize = 'card'): ImageView | null {
  const media = value as Upload
  if (!media || typeof media !== 'object') return null
  const rendition = media.sizes?.[size]?.url ? media.sizes[size] : media
  if (!rendition?.url || !rendition.width || !rendition.height) return null
  return {
    url: sitePath(rendition.url),
    width: rendition.width,
    height: rendition.height,
    alt: pick(media.alt, locale),
  }
}

/** Payload gives absolute URLs (serverURL); the site's own files are served by path. */
function sitePath(url: string): string {
  const parsed = new URL(url, siteUrl())
  return parsed.origin === new URL(siteUrl()).origin ? parsed.pathname + parsed.search : url
}
