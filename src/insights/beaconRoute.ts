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

/** The body, read no further than `limit` bytes (past it: a text that handleBeacon refuses as too long). */
async function readCapped(request: Request, limit: number): Promise<string> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return ' '.repeat(limit + 1)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
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
    text: () => readCapped(request, MAX_BEACON_BYTES),
    refuse: (status, code, vars, headers = {}) =>
      Response.json(
        { errors: [{ message: message(request.headers, code, vars), data: { code } }] },
        { status, headers: { ...noStore, ...headers } },
      ),
  })
}
