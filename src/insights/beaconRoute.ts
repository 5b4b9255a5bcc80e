import { readBodyUpTo } from '../api/readBodyUpTo'
import { payloadClient } from '../data/client'
import { type ServerMessage, serverMessages } from '../i18n/serverMessages'
import { handleBeacon, MAX_BEACON_BYTES } from './endpoints'

const noStore = { 'Cache-Control': 'no-store' }

/** A refusal's message in the language the browser asks for (Italian first, as Payload's fallback). */
function message(headers: Headers, code: ServerMessage, vars: Record<string, unknown> = {}): string {
  const language = /^\s*en\b/i.test(headers.get('accept-language') ?? '') ? 'en' : 'it'
  const text = (serverMessages[language] as Record<string, string>)[code] ?? code
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
}

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
      Response.json(
        { errors: [{ message: message(request.headers, code, vars), data: { code } }] },
        { status, headers: { ...noStore, ...headers } },
      ),
  })
}
