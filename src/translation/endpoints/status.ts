import type { Endpoint } from 'payload'

import { refusal } from '../../errors'
import { withEnglishViews } from '../../insights/translationViews'
import { translationReport } from '../report'
import { collectionsParam, requireTranslationStaff } from './access'

/**
 * GET /api/translation-status[?collection=faqs][&sort=views]: the English status of every entry,
 * with a summary of the Italian changes behind each outdated field (`changes`); with `sort=views`,
 * each entry's English page views of the last 30 days (`views`), most viewed first.
 */
export const translationStatusEndpoint: Endpoint = {
  path: '/translation-status',
  method: 'get',
  handler: async (req) => {
    requireTranslationStaff(req)
    const slugs = collectionsParam(req, req.searchParams.get('collection'))
    const sort = req.searchParams.get('sort')
    if (sort !== null && sort !== 'views') throw refusal(req, 400, 'errInsightsSort', { value: sort })
    const report = await translationReport(req.payload, slugs, { changes: true })
    // ?sort=views: each entry with its English page views, most viewed first (src/insights).
    return Response.json(sort === 'views' ? await withEnglishViews(req.payload, report) : report, {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}
