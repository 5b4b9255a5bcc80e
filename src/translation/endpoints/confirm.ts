import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { RequestError } from '../../errors'
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
    if (typeof collection !== 'string') throw new RequestError('Give the collection, e.g. "faqs".', 400)
    const slug = collectionsParam(collection)[0] ?? 'faqs'
    const id = entryId(rawId)
    if (id === null) throw new RequestError('Give the numeric id of the entry.', 400)
    const names = translatableFields(req.payload.collections[slug].config.fields).map((f) => f.name)
    if (typeof field !== 'string' || !names.includes(field)) {
      throw new RequestError(`Unknown field "${String(field)}". Use one of: ${names.join(', ')}.`, 400)
    }
    if (typeof sourceFingerprint !== 'string') {
      throw new RequestError('Give the sourceFingerprint of the Italian you checked (from translation-source).', 400)
    }
    const before = await entrySource(req.payload, slug, id)
    if (!before) throw new RequestError(`No ${slug} entry with id ${id}.`, 404)
    const current = before.fields[field]
    if (current?.status === 'missing') {
      throw new RequestError(`"${field}" has no English yet: translate it instead.`, 400)
    }
    if (current?.sourceFingerprint !== sourceFingerprint) {
      throw new RequestError('The Italian has changed since you read it: reload and check the English again.', 409)
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
