import { type Endpoint } from 'payload'

import { RequestError } from '../../errors'
import { entryId } from '../entryId'
import { entrySource } from '../source'
import { collectionsParam, requireTranslationStaff } from './access'

/** GET /api/translation-source?collection=faqs&id=12: the Italian source beside each English field. */
export const translationSourceEndpoint: Endpoint = {
  path: '/translation-source',
  method: 'get',
  handler: async (req) => {
    requireTranslationStaff(req)
    const collection = req.searchParams.get('collection')
    if (!collection) throw new RequestError('Give the collection, e.g. ?collection=faqs&id=1.', 400)
    const slug = collectionsParam(collection)[0] ?? 'faqs'
    const raw = req.searchParams.get('id') ?? ''
    if (!/^\d+$/.test(raw)) throw new RequestError('Give the numeric id of an entry, e.g. &id=1.', 400)
    const id = entryId(raw)
    const source = id === null ? null : await entrySource(req.payload, slug, id)
    if (!source) throw new RequestError(`No ${slug} entry with id ${raw}.`, 404)
    return Response.json(source, { headers: { 'Cache-Control': 'no-store' } })
  },
}
