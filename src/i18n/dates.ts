import { isLocale, type Locale } from './locales'

/**
 * How each language writes a date, on the site and in the admin: Italian as Italians write it
 * ("5 dicembre 2026"), English as the admin does, British ("5 December 2026", never the US
 * "December 5, 2026" that the bare tag `en` gives).
 */
const dateTags: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' }

/** A date format in `language` (a site locale; any other, such as an admin language, is English). */
export const dateFormatIn = (language: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) =>
  new Intl.DateTimeFormat(isLocale(language) ? dateTags[language] : dateTags.en, options)

/** A day as the site writes it in `locale`: "5 dicembre 2026", "5 December 2026" (the day it was in Italy). */
export const formatDate = (date: Date | string | number, locale: Locale): string =>
  dateFormatIn(locale, { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(new Date(date))
