import { getPathname } from '../i18n/navigation'
import type { Locale } from '../i18n/locales'

/** The privacy notice's public path in a language: /it/privacy, /en/privacy. */
export const privacyPath = (locale: Locale): string => getPathname({ locale, href: '/privacy' })
