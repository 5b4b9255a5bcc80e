import { richText, text, textarea } from 'payload/shared'

import { isEmptyValue } from './richText'
import { isLocale, type Locale } from '../i18n/locales'

const localeNames: Record<Locale, Record<Locale, string>> = {
  it: { it: 'italiano', en: 'Italian' },
  en: { it: 'inglese', en: 'English' },
}

type Options = { required?: boolean; req: { locale?: string | null; i18n: { language: string } } }
type Check = (value: unknown, options: Options) => Promise<string | true> | string | true

/**
 * Payload's own check of a localized field, with the locale named when a required value is
 * missing: "Required in English to publish" tells a translator what is left to do. Drafts are
 * not validated, so English can lag Italian until it is published.
 */
function namingLocale(check: Check): Check {
  return async (value, options) => {
    const result = await check(value, options)
    const locale = options.req.locale
    if (result === true || !options.required || !isEmptyValue(value) || !isLocale(locale)) return result
    return options.req.i18n.language === 'it'
      ? `Obbligatorio in ${localeNames[locale].it} per pubblicare.`
      : `Required in ${localeNames[locale].en} to publish.`
  }
}

export const validateText = namingLocale(text as unknown as Check)
export const validateTextarea = namingLocale(textarea as unknown as Check)
export const validateRichText = namingLocale(richText as unknown as Check)
