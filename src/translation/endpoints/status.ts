import type { Endpoint } from 'payload'

import { translationReport } from '../report'
import { collectionsParam, requireTranslationStaff } from './access'

/** GET /api/translation-status[?collection=faqs]: the English status of every entry. */
export const translationStatusEndpoint: Endpoint = {
  path: '/translation-status',
  method: 'get',
  handler: async (req) => {
    requireTranslationStaff(req)
    const slugs = collectionsParam(req.searchParams.get('collection'))
    return Response.json(await translationReport(req.payload, slugs), {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
