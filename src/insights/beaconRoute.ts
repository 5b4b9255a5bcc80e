import { readBodyUpTo } from '../api/readBodyUpTo'
import { payloadClient } from '../data/client'
import { refusalResponse } from '../errors'
import { handleBeacon, MAX_BEACON_BYTES } from './endpoints'

const noStore = { 'Cache-Control': 'no-store' }

/**
 * POST /api/insights/hit as the browsers' beacons reach it: a plain Next route handler, preferred
 * by Next to Payload's catch-all REST route, so a page view costs no Payload request (sign-in
 * lookup, admin translations): the same handler (src/insights/endpoints.ts), a fraction of the work.
 */
export async function POST(request: Request): Promise<Response> {
  return handleBeacon({
    payload: await payloadClient(),
    headers: request.headers,
    // Past the limit: a text one byte too long, which handleBeacon refuses as such.
    text: async () =>
      (await readBodyUpTo(request.body, MAX_BEACON_BYTES))?.toString('utf8') ?? ' '.repeat(MAX_BEACON_BYTES + 1),
    refuse: (status, code, vars, headers = {}) =>
      refusalResponse(request.headers, status, code, vars, { ...noStore, ...headers }),
  })
}
