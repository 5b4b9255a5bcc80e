import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Endpoint } from 'payload'

import { payloadSecret } from '../env'
import { refusal } from '../errors'
import type { PageChange } from './refresh'

/**
 * Processes outside Next (the job worker) cannot refresh Next's page cache themselves: they ask an
 * app instance through this endpoint, signed with a token only holders of PAYLOAD_SECRET can make.
 */
export const INTERNAL_TOKEN_HEADER = 'x-scena-internal-token'
export const internalToken = () => createHmac('sha256', payloadSecret()).update('scena:revalidate').digest('hex')

const MAX_PATHS = 500

/** The changes a caller sent, or null when they are not a list of `{ paths, removed? }`. */
function pageChanges(value: unknown): PageChange[] | null {
  if (!Array.isArray(value)) return null
  const changes = value.map((change: { paths?: unknown; removed?: unknown }) => ({
    paths: change?.paths,
    removed: change?.removed === true,
  }))
  const paths = changes.flatMap((change) => (Array.isArray(change.paths) ? change.paths : [null]))
  if (paths.length > MAX_PATHS || !paths.every((p) => typeof p === 'string' && p.startsWith('/'))) return null
  return changes as PageChange[]
}

function sameToken(sent: string | null): boolean {
  const expected = Buffer.from(internalToken())
  const given = Buffer.from(sent ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export function revalidateEndpoint(
  revalidatePages: (changes: PageChange[], everything: boolean) => Promise<unknown>,
): Endpoint {
  return {
    path: '/internal/revalidate',
    method: 'post',
    handler: async (req) => {
      if (!sameToken(req.headers.get(INTERNAL_TOKEN_HEADER))) throw refusal(req, 403, 'apiNotAllowed')
      const body = (await req.json?.().catch(() => null)) as { changes?: unknown; everything?: unknown } | null
      const changes = pageChanges(body?.changes)
      if (!changes) {
        throw refusal(req, 400, 'apiInvalidChanges', { max: MAX_PATHS })
      }
      await revalidatePages(changes, body?.everything === true)
      return new Response(null, { status: 204 })
    },
  }
}
