import { type Endpoint } from 'payload'

import { refusal } from '../../errors'
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
    if (!collection) throw refusal(req, 400, 'errGiveCollection')
    const slug = collectionsParam(req, collection)[0] ?? 'faqs'
    const raw = req.searchParams.get('id') ?? ''
    if (!/^\d+$/.test(raw)) throw refusal(req, 400, 'errGiveId')
    const id = entryId(raw)
    const source = id === null ? null : await entrySource(req.payload, slug, id)
    if (!source) throw refusal(req, 404, 'errNoEntry', { collection: slug, id: raw })
    return Response.json(source, { headers: { 'Cache-Control': 'no-store' } })
  },
}
