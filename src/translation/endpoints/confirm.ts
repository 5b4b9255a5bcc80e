import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { RequestError } from '../../errors'
import { translatableFields } from '../fields'
import { targetLocale } from '../locales'
import { entrySource } from '../source'
import { confirmContextKey } from '../track'
import { collectionsParam, requireTranslationStaff } from './access'

/**
 * POST /api/translation-confirm { collection, id, field }: the English of `field` is still right
 * for the changed Italian (a typo fix, say). Saved as an English draft with the field re-stamped;
 * the text itself is untouched. Translator rules apply as for any save.
 */
export const translationConfirmEndpoint: Endpoint = {
  path: '/translation-confirm',
  method: 'post',
  handler: async (req) => {
    requireTranslationStaff(req)
    await addDataAndFileToRequest(req)
    const { collection, id, field } = (req.data ?? {}) as Record<string, unknown>
    if (typeof collection !== 'string') throw new RequestError('Give the collection, e.g. "faqs".', 400)
    const slug = collectionsParam(collection)[0] ?? 'faqs'
    if (typeof id !== 'number' && !(typeof id === 'string' && /^\d+$/.test(id))) {
      throw new RequestError('Give the numeric id of the entry.', 400)
    }
    const names = translatableFields(req.payload.collections[slug].config.fields).map((f) => f.name)
    if (typeof field !== 'string' || !names.includes(field)) {
      throw new RequestError(`Unknown field "${String(field)}". Use one of: ${names.join(', ')}.`, 400)
    }
    const before = await entrySource(req.payload, slug, Number(id))
    if (!before) throw new RequestError(`No ${slug} entry with id ${id}.`, 404)
    if (before.fields[field]?.status === 'missing') {
      throw new RequestError(`"${field}" has no English yet: translate it instead.`, 400)
    }
    await req.payload.update({
      collection: slug,
      id: Number(id),
      locale: targetLocale,
      draft: true,
      data: { _status: 'draft' },
      context: { [confirmContextKey]: [field], disableRevalidate: true },
      overrideAccess: false,
      user: req.user,
    })
    return Response.json(await entrySource(req.payload, slug, Number(id)), { headers: { 'Cache-Control': 'no-store' } })
  },
}
