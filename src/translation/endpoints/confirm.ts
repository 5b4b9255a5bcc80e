import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { refusal } from '../../errors'
import { entryId } from '../entryId'
import { translatableFields } from '../fields'
import { targetLocale } from '../locales'
import { entrySource } from '../source'
import type { TranslationIntent } from '../status'
import { translationIntentKey } from '../track'
import { collectionsParam, requireTranslationStaff } from './access'

/**
 * POST /api/translation-confirm { collection, id, field, sourceFingerprint }: the English of
 * `field` is still right for the Italian the translator read (its fingerprint, as
 * /api/translation-source gives it). Saved as an English draft with the field re-stamped; the
 * text itself is untouched. 409 when the Italian has changed since. Translator rules apply.
 */
export const translationConfirmEndpoint: Endpoint = {
  path: '/translation-confirm',
  method: 'post',
  handler: async (req) => {
    requireTranslationStaff(req)
    await addDataAndFileToRequest(req)
    const { collection, id: rawId, field, sourceFingerprint } = (req.data ?? {}) as Record<string, unknown>
    if (typeof collection !== 'string') throw refusal(req, 400, 'errGiveCollection')
    const slug = collectionsParam(req, collection)[0] ?? 'faqs'
    const id = entryId(rawId)
    if (id === null) throw refusal(req, 400, 'errGiveId')
    const names = translatableFields(req.payload.collections[slug].config.fields).map((f) => f.name)
    if (typeof field !== 'string' || !names.includes(field)) {
      throw refusal(req, 400, 'errUnknownField', { field: String(field), list: names.join(', ') })
    }
    if (typeof sourceFingerprint !== 'string') {
      throw refusal(req, 400, 'errGiveFingerprint')
    }
    const before = await entrySource(req.payload, slug, id)
    if (!before) throw refusal(req, 404, 'errNoEntry', { collection: slug, id })
    const current = before.fields[field]
    if (current?.status === 'missing') {
      throw refusal(req, 400, 'errNoEnglishYet', { field })
    }
    if (current?.sourceFingerprint !== sourceFingerprint) {
      throw refusal(req, 409, 'errItalianChanged')
    }
    const intent: TranslationIntent = { confirmed: [field], madeFrom: { [field]: sourceFingerprint } }
    await req.payload.update({
      collection: slug,
      id,
      locale: targetLocale,
      draft: true,
      data: { _status: 'draft' },
      context: { [translationIntentKey]: intent, disableRevalidate: true },
      overrideAccess: false,
      user: req.user,
    })
    return Response.json(await entrySource(req.payload, slug, id), { headers: { 'Cache-Control': 'no-store' } })
  },
}
