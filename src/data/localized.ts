import { defaultLocale, type Locale, locales } from '../i18n/locales'

/** A value shown to the visitor, with the language it is actually in (Italian when not translated). */
export interface Shown<T> {
  value: T
  lang: Locale
}

type PerLocale<T> = Partial<Record<Locale, T | null>> | null | undefined

/** The value in `locale`, or the Italian one when that is missing. */
export function pick<T>(values: PerLocale<T>, locale: Locale): Shown<T> | null {
  const own = values?.[locale]
  if (own !== null && own !== undefined) return { value: own, lang: locale }
  const source = values?.[defaultLocale]
  return source !== null && source !== undefined ? { value: source, lang: defaultLocale } : null
}

/** True when the entry has its own text in `locale` for the given field. */
export const isTranslated = (values: PerLocale<unknown>, locale: Locale) =>
  values?.[locale] !== null && values?.[locale] !== undefined

/** Slug per locale; an untranslated entry keeps its Italian slug in every language. */
export function slugsOf(values: PerLocale<string>): Record<Locale, string> | null {
  const source = values?.[defaultLocale]
  if (!source) return null
  return Object.fromEntries(locales.map((l) => [l, values?.[l] || source])) as Record<Locale, string>
}
