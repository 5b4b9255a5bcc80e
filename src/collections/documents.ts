import type { Locale } from '../i18n/locales'
import type { Config } from '../payload-types'

type Collections = Config['collections']
type Globals = Config['globals']
type LocalizedFields = Config['localizedFields']

/** A localized value read in every locale at once. */
export type PerLocale<T> = Partial<Record<Locale, T | null>>

/** Slugs of the collections and globals that have localized fields. */
export type LocalizedSlug = keyof LocalizedFields
/** The names of the localized fields of `S`. */
export type LocalizedName<S extends LocalizedSlug> = LocalizedFields[S]
/** The generated document type of a collection or global. */
export type DocOf<S extends LocalizedSlug> = S extends keyof Collections
  ? Collections[S]
  : S extends keyof Globals
    ? Globals[S]
    : never

/** The collection or global whose generated document type is exactly `T`. */
type SlugOf<T> = {
  [S in LocalizedSlug]: [DocOf<S>] extends [T] ? ([T] extends [DocOf<S>] ? S : never) : never
}[LocalizedSlug]

type Localize<T, K extends PropertyKey> = {
  [P in keyof T]: P extends K ? PerLocale<NonNullable<T[P]>> | null : T[P]
}

/**
 * A document read with `locale: 'all'` (e.g. `AllLocales<Service>`): each localized field is
 * `{ it, en }`, the others as generated. Which fields are localized comes from the config through
 * `npm run generate:types` (src/collections/localizedFieldsSchema.ts), so a renamed or mistyped
 * field is a compile error wherever it is read.
 */
export type AllLocales<T> = Localize<T, LocalizedFields[SlugOf<T>]>

/** The document type of a localized collection or global, read in every locale. */
export type AllLocalesOf<S extends LocalizedSlug> = AllLocales<DocOf<S>>

/**
 * Payload types a `locale: 'all'` read as if it were a single locale. This is the one place that
 * says what the read really returns; every `locale: 'all'` read goes through it.
 */
export const inAllLocales = <S extends LocalizedSlug>(_slug: S, doc: object): AllLocalesOf<S> => doc as AllLocalesOf<S>
