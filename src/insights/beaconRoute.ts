import { readBodyUpTo } from '../api/readBodyUpTo'
import { payloadClient } from '../data/client'
import { refusalResponse } from '../errors'
import { handleBeacon, MAX_BEACON_BYTES } from './endpoints'
import { type BeaconHandler, registerBeaconHandler } from './serveBeacon'

const noStore = { 'Cache-Control': 'no-store' }

/** One beacon, whichever door it came through: the route below, or the server (src/insights/serveBeacon.ts). */
const answerBeacon: BeaconHandler = async (headers, body) =>
  handleBeacon({
    payload: await payloadClient(),
    headers,
    // Past the limit: a text one byte too long, which handleBeacon refuses as such.
    text: async () => (await body(MAX_BEACON_BYTES))?.toString('utf8') ?? ' '.repeat(MAX_BEACON_BYTES + 1),
    refuse: (status, code, vars, extra = {}) => refusalResponse(headers, status, code, vars, { ...noStore, ...extra }),
  })

/**
 * POST /api/insights/hit as the browsers' beacons reach it: a plain Next route handler, preferred
 * by Next to Payload's catch-all REST route, so a page view costs no Payload request (sign-in
 * lookup, admin translations): the same handler (src/insights/endpoints.ts), a fraction of the work.
 * Once loaded, it also hands the handler to the production server, which then answers beacons
 * without Next's router at all.
 */
export function POST(request: Request): Promise<Response> {
  return answerBeacon(request.headers, (limit) => readBodyUpTo(request.body, limit))
}

registerBeaconHandler(answerBeacon)
