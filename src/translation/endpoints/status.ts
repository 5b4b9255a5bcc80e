import type { Endpoint } from 'payload'

import { translationReport } from '../report'
import { collectionsParam, requireTranslationStaff } from './access'

/**
 * GET /api/translation-status[?collection=faqs]: the English status of every entry, with a summary
 * of the Italian changes behind each outdated field (`changes`).
 */
export const translationStatusEndpoint: Endpoint = {
  path: '/translation-status',
  method: 'get',
  handler: async (req) => {
    requireTranslationStaff(req)
    const slugs = collectionsParam(req, req.searchParams.get('collection'))
    return Response.json(await translationReport(req.payload, slugs, { changes: true }), {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
