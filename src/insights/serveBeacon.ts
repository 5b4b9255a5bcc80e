import type { IncomingMessage, ServerResponse } from 'node:http'

import { securityHeaders } from '../security/headers'

/** The beacons' address (public/language-switch.js sends them; the edge passes them, never cached). */
export const BEACON_PATH = '/api/insights/hit'

/** A beacon's answer, given its headers and a reader of its body that stops past `limit` bytes. */
export type BeaconHandler = (headers: Headers, body: (limit: number) => Promise<Buffer | null>) => Promise<Response>

/**
 * Where the app's bundle leaves its beacon handler (src/insights/beaconRoute.ts) for the server:
 * the bundle has its own copies of the insights modules, so the server cannot import them.
 */
const BEACON_HANDLER = Symbol.for('scena.insights.beacon')

export function registerBeaconHandler(handler: BeaconHandler): void {
  ;(globalThis as Record<symbol, unknown>)[BEACON_HANDLER] = handler
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return headers
}

/**
 * The body's bytes, or null past `limit`. Unlike src/api/readBodyUpTo.ts (for web streams), it never
 * cancels the request: on a Node request that destroys the socket, and with it the answer and the
 * next request of a kept-alive connection. What is past the limit is read and dropped instead, and
 * the connection is closed after the answer.
 */
function readUpTo(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return
      size += chunk.byteLength
      if (size <= limit) {
        chunks.push(chunk)
        return
      }
      res.setHeader('Connection', 'close')
      resolve(null)
    })
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

async function answer(handler: BeaconHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let response: Response
  try {
    response = await handler(headersOf(req), (limit) => readUpTo(req, res, limit))
  } catch {
    // The database is out, say: the page view is lost, the browser does not care (a beacon).
    response = new Response(null, { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '10' } })
  }
  for (const { key, value } of securityHeaders) res.setHeader(key, value)
  response.headers.forEach((value, name) => res.setHeader(name, value))
  res.writeHead(response.status)
  res.end(Buffer.from(await response.arrayBuffer()))
}

/**
 * Answers a page view's beacon in the server itself (scripts/serve.ts), without Next's router:
 * a beacon then costs a small fraction of a cached page, so beacons at any rate leave pages their
 * share of the process (bench/insights.ts). True when it took the request. Until the app has
 * loaded its beacon route once (the first beacon after a start), Next answers them.
 */
export function serveBeacon(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'POST' || req.url?.split('?')[0] !== BEACON_PATH) return false
  const handler = (globalThis as Record<symbol, unknown>)[BEACON_HANDLER]
  if (typeof handler !== 'function') return false
  void answer(handler as BeaconHandler, req, res)
  return true
}
