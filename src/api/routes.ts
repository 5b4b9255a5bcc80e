import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { env, maxUploadBytes } from '../env'
import { refusalFor, refusalResponse } from '../errors'
import { withRefusalCode } from './afterError'
import { classifyError, databaseUnavailable } from './classifyError'

type Context = { params: Promise<{ slug: string[] }> }
type Handler = (request: Request, context: Context) => Promise<Response>

/** Largest JSON (or form-encoded) body the API reads: documents are a few kilobytes. */
export function maxJsonBodyBytes(): number {
  return env.MAX_JSON_BODY_KB * 1024
}
/** Other bodies (an XLIFF file: its endpoint allows 5 MB and says so itself). */
const OTHER_BODY_BYTES = 6 * 1024 * 1024

let uploadSlugs: Promise<Set<string>> | undefined
const uploadCollections = () =>
  (uploadSlugs ??= Promise.resolve(config).then(
    (sanitized) => new Set(sanitized.collections.filter((c) => c.upload).map((c) => c.slug)),
  ))

/** The largest body this request may carry: files only go to upload collections. */
async function bodyLimit(request: Request, slug: string[]): Promise<number> {
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    // The admin saves every document as multipart (`_payload`), so only uploads get the file limit.
    return (await uploadCollections()).has(slug[0] ?? '') ? maxUploadBytes() + 1024 * 1024 : maxJsonBodyBytes()
  }
  if (type.includes('json') || type.startsWith('application/x-www-form-urlencoded')) return maxJsonBodyBytes()
  return OTHER_BODY_BYTES
}

const kilobytes = (limit: number) => ({ kb: Math.round(limit / 1024) })

/** A body stream that fails with a 413 once more than `limit` bytes have arrived. */
function capped(request: Request, limit: number): Request {
  if (!request.body) return request
  let seen = 0
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      seen += chunk.byteLength
      if (seen > limit) controller.error(refusalFor(request.headers, 413, 'apiBodyTooLarge', kilobytes(limit)))
      else controller.enqueue(chunk)
    },
  })
  // Built from the parts, not from `request`: Node 24's Request refuses a request object made by
  // the copy of undici that Next's server uses ("Cannot read private member #state").
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body.pipeThrough(counter),
    signal: request.signal,
    duplex: 'half',
  } as RequestInit)
}

/**
 * Checks every REST request before Payload sees it: an address that cannot be decoded is a 400
 * (Payload's router would throw), and a body over its limit is a 413, whether announced by
 * Content-Length or streamed. Everything that needs a collection's fields is checked in
 * `hooks/rejectBadQuery.ts`.
 */
export function guarded(handler: Handler): Handler {
  return async (request, context) => {
    try {
      return await checkedThenHandled(handler, request, context)
    } catch (error) {
      // Payload's own error handler fails (a TypeError, the cause lost) when the request could not
      // even be prepared, e.g. its sign-in lookup found no database: then ask the database itself.
      const known = classifyError(error)
      const answer = known.kind !== 'server' || (await databaseAnswers()) ? known : databaseUnavailable
      if (answer.kind === 'server') throw error
      const headers = answer.kind === 'unavailable' ? { 'Retry-After': String(answer.retryAfterSeconds) } : undefined
      if (answer.code) return refusalResponse(request.headers, answer.status, answer.code, undefined, headers)
      // A refusal caught here (a body cut off at the limit) is already said, and keeps its code.
      const code = (error as { data?: { code?: unknown } } | null)?.data?.code
      const data = typeof code === 'string' ? { data: { code } } : {}
      return Response.json({ errors: [{ message: answer.message, ...data }] }, { status: answer.status, headers })
    }
  }
}

async function databaseAnswers(): Promise<boolean> {
  try {
    const payload = await getPayload({ config })
    await payload.db.pool.query('SELECT 1')
    return true
  } catch {
    return false
  }
}

/**
 * Payload's refusals made without an error, which its error hooks never see (an unknown API route:
 * `{ message }`, 404), given the stable code every other refusal has: `errors[0].data.code`, the
 * message kept where it was too.
 */
async function withStableCode(response: Response): Promise<Response> {
  if (response.status < 400 || response.status >= 500) return response
  if (!response.headers.get('content-type')?.includes('application/json')) return response
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined)
  if (!body || typeof body !== 'object' || 'errors' in body || !('message' in body)) return response
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  const errors = [{ message: body.message, data: withRefusalCode(response.status, undefined) }]
  return Response.json({ ...body, errors }, { status: response.status, headers })
}

async function checkedThenHandled(handler: Handler, request: Request, context: Context): Promise<Response> {
  const slug = (await context.params).slug ?? []
  try {
    for (const segment of new URL(request.url).pathname.split('/')) decodeURIComponent(segment)
  } catch {
    return refusalResponse(request.headers, 400, 'apiMalformedAddress')
  }
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
    return withStableCode(await handler(request, context))
  }
  const limit = await bodyLimit(request, slug)
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > limit) return refusalResponse(request.headers, 413, 'apiBodyTooLarge', kilobytes(limit))
  return withStableCode(await handler(capped(request, limit), context))
}

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
