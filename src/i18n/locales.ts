/** The one list of content and site locales. Payload's localization and next-intl both read it. */
export const locales = ['it', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'it'

export const localeLabels: Record<Locale, string> = {
  it: 'Italiano',
  en: 'English',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
