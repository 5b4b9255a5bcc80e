import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Endpoint } from 'payload'

import { payloadSecret } from '../env'
import { RequestError } from '../errors'

/**
 * Processes outside Next (the job worker) cannot refresh Next's page cache themselves: they ask an
 * app instance through this endpoint, signed with a token only holders of PAYLOAD_SECRET can make.
 */
export const INTERNAL_TOKEN_HEADER = 'x-scena-internal-token'
export const internalToken = () => createHmac('sha256', payloadSecret()).update('scena:revalidate').digest('hex')

const MAX_PATHS = 500

function sameToken(sent: string | null): boolean {
  const expected = Buffer.from(internalToken())
  const given = Buffer.from(sent ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export function revalidateEndpoint(
  revalidatePaths: (paths: string[], everything: boolean) => Promise<unknown>,
): Endpoint {
  return {
    path: '/internal/revalidate',
    method: 'post',
    handler: async (req) => {
      if (!sameToken(req.headers.get(INTERNAL_TOKEN_HEADER))) throw new RequestError('Not allowed.', 403)
      const body = (await req.json?.().catch(() => null)) as { paths?: unknown; everything?: unknown } | null
      const paths = body?.paths
      if (
        !Array.isArray(paths) ||
        paths.length > MAX_PATHS ||
        !paths.every((p) => typeof p === 'string' && p.startsWith('/'))
      ) {
        throw new RequestError(`Send { "paths": [...] }: at most ${MAX_PATHS} paths starting with "/".`, 400)
      }
      await revalidatePaths(paths as string[], body?.everything === true)
      return new Response(null, { status: 204 })
    },
  }
}
