import type { PayloadRequest } from 'payload'
import { richText, text, textarea } from 'payload/shared'

import { isEmptyValue } from './richText'
import { serverText } from '../errors'
import { isLocale, type Locale } from '../i18n/locales'
import type { ServerMessage } from '../i18n/serverMessages'

const messages: Record<Locale, ServerMessage> = { it: 'errRequiredToPublishIt', en: 'errRequiredToPublishEn' }

type Options = { required?: boolean; req: PayloadRequest }
type Check = (value: unknown, options: Options) => Promise<string | true> | string | true

/**
 * Payload's own check of a localized field, with the locale named when a required value is
 * missing: "Required to publish in English" tells a translator what is left to do. Drafts are
 * not validated, so English can lag Italian until it is published.
 */
function namingLocale(check: Check): Check {
  return async (value, options) => {
    const result = await check(value, options)
    const locale = options.req.locale
    if (result === true || !options.required || !isEmptyValue(value) || !isLocale(locale)) return result
    return serverText(options.req, messages[locale])
  }
}

export const validateText = namingLocale(text as unknown as Check)
export const validateTextarea = namingLocale(textarea as unknown as Check)
export const validateRichText = namingLocale(richText as unknown as Check)
