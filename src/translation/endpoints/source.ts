import { type Endpoint } from 'payload'

import { RequestError } from '../../errors'
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
    const id = req.searchParams.get('id') ?? ''
    if (!/^\d+$/.test(id)) throw new RequestError('Give the numeric id of an entry, e.g. &id=1.', 400)
    const source = await entrySource(req.payload, slug, Number(id))
    if (!source) throw new RequestError(`No ${slug} entry with id ${id}.`, 404)
    return Response.json(source, { headers: { 'Cache-Control': 'no-store' } })
  },
}
