import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { siteUrl } from '../env'
import { refusalResponse } from '../errors'
import type { ServerMessage } from '../i18n/serverMessages'
import { MAX_QUERY_LENGTH } from '../search/query'
import { insightsQuery, notCounted, referrerHost } from './classify'
import { countView, type Search } from './counter'
import { publicPageLocale, searchPagePath } from './paths'
import { type InsightsTable, insightsCsv, insightsReport, insightsTables } from './report'
import { insightsEnabled, MAX_INSIGHTS_DAYS } from './settings'

const noStore = { 'Cache-Control': 'no-store' }
/** Largest beacon body: a path, a referrer and a search fit well within it. */
export const MAX_BEACON_BYTES = 4096

/** Answered rather than thrown: refused beacons are not logged one by one. */
const refused = (
  req: PayloadRequest,
  status: number,
  code: ServerMessage,
  vars?: Record<string, unknown>,
  headers: Record<string, string> = {},
) => refusalResponse(req, status, code, vars, { ...noStore, ...headers })

const counted = () => new Response(null, { status: 204, headers: noStore })

type Beacon = { path?: unknown; referrer?: unknown; search?: unknown }

function parseBeacon(text: string): Beacon | null {
  if (text.length > MAX_BEACON_BYTES) return null
  try {
    const body: unknown = JSON.parse(text)
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Beacon) : null
  } catch {
    return null
  }
}

let ownHost: string | undefined
const siteHost = () => (ownHost ??= new URL(siteUrl()).hostname)

/** What a beacon needs from its request, whichever route received it. */
export interface BeaconRequest {
  payload: Payload
  headers: Headers
  text: () => Promise<string>
  /** A refusal with its stable code, in the caller's language. */
  refuse: (
    status: number,
    code: ServerMessage,
    vars?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Response
}

/**
 * One page view, sent by the page itself (public/language-switch.js) as
 * `{ path, referrer, search?: { q, found } }`. 204 whether counted or not (privacy signals, bots,
 * prefetches, previews and signed-in staff are answered and forgotten); 400 for what is not a
 * published page of the site or not a beacon; 429 past the per-minute bound on new keys. No
 * cookie is read for identity or set; the address and user agent are never kept.
 */
export async function handleBeacon({ payload, headers, text, refuse }: BeaconRequest): Promise<Response> {
  if (!insightsEnabled()) return counted()
  const length = Number(headers.get('content-length') ?? 0)
  const body = length > MAX_BEACON_BYTES ? null : parseBeacon(await text().catch(() => ''))
  if (!body || typeof body.path !== 'string') return refuse(400, 'errInsightsBody', { kb: MAX_BEACON_BYTES / 1024 })
  const locale = await publicPageLocale(payload, body.path)
  if (!locale) return refuse(400, 'errInsightsPath')
  // publicPageLocale refused what cannot be decoded.
  const path = decodeURIComponent(body.path)

  let search: Search | undefined
  if (body.search !== undefined && body.search !== null) {
    const { q, found } = body.search as { q?: unknown; found?: unknown }
    if (
      typeof q !== 'string' ||
      q.length > MAX_QUERY_LENGTH ||
      typeof found !== 'boolean' ||
      path !== searchPagePath(locale)
    ) {
      return refuse(400, 'errInsightsQuery', { max: MAX_QUERY_LENGTH })
    }
    const query = insightsQuery(q)
    if (query) search = { locale, query, found }
  }

  if (notCounted(headers)) return counted()
  const view = { path, locale, referrerHost: referrerHost(body.referrer, siteHost()) }
  if (!countView(payload, view, search)) return refuse(429, 'errInsightsBusy', undefined, { 'Retry-After': '60' })
  return counted()
}

/**
 * POST /api/insights/hit through Payload's REST routes (API clients, tests). Browsers reach the
 * same handler through the lean route src/app/(frontend)/api/insights/hit/route.ts, which Next
 * prefers to Payload's catch-all: no Payload request to prepare for each page view.
 */
export const insightsHitEndpoint: Endpoint = {
  path: '/insights/hit',
  method: 'post',
  handler: (req) =>
    handleBeacon({
      payload: req.payload,
      headers: req.headers,
      text: async () => (await req.text?.()) ?? '',
      refuse: (status, code, vars, headers) => refused(req, status, code, vars, headers),
    }),
}

/** Insights are for editors and admins: 401 for anonymous callers, 403 for other roles. */
export function insightsRefusal(req: PayloadRequest): Response | null {
  if (!req.user) return refused(req, 401, 'errInsightsSignIn')
  if (!hasRole(req.user, 'admin', 'editor')) return refused(req, 403, 'errInsightsStaffOnly')
  return null
}

/** The `days` parameter: 30 when absent, else a whole number from 1 to MAX_INSIGHTS_DAYS; null when invalid. */
export function daysParam(value: string | null): number | null {
  if (value === null || value === '') return 30
  if (!/^\d{1,3}$/.test(value)) return null
  const days = Number(value)
  return days >= 1 && days <= MAX_INSIGHTS_DAYS ? days : null
}

/**
 * GET /api/insights?days=30: the numbers of the admin's Insights view as JSON; with
 * `format=csv&table=pages|referrers|searches|zero-results|enquiries`, one of its tables as CSV.
 */
export const insightsEndpoint: Endpoint = {
  path: '/insights',
  method: 'get',
  handler: async (req) => {
    const refusal = insightsRefusal(req)
    if (refusal) return refusal
    const params = req.searchParams
    const days = daysParam(params.get('days'))
    if (days === null) {
      return refused(req, 400, 'errInsightsDays', { value: params.get('days'), max: MAX_INSIGHTS_DAYS })
    }
    const format = params.get('format') ?? 'json'
    if (format !== 'json' && format !== 'csv') return refused(req, 400, 'errInsightsFormat', { value: format })
    const table = params.get('table')
    if (format === 'csv' && !(insightsTables as readonly string[]).includes(table ?? '')) {
      return refused(req, 400, 'errInsightsTable', { value: table ?? '', list: insightsTables.join(', ') })
    }
    const report = await insightsReport(req.payload, days)
    if (format === 'json') return Response.json(report, { headers: noStore })
    return new Response(insightsCsv(report, table as InsightsTable), {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="scena-insights-${table}-${days}d.csv"`,
      },
    })
  },
}

export const insightsEndpoints: Endpoint[] = [insightsHitEndpoint, insightsEndpoint]
