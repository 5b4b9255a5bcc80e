import { defaultLocale, type Locale } from '../i18n/locales'

/** Translators write English from the Italian source. */
export const sourceLocale: Locale = defaultLocale
export const targetLocale: Locale = 'en'
