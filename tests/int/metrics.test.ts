import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { Writable } from 'node:stream'

import type { Payload } from 'payload'
import pino from 'pino'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { scenaLogger } from '../../src/api/logger'
import { routeGroup } from '../../src/observability/httpMetrics'
import { metricsRegistry } from '../../src/observability/registry'
import { serveObserved } from '../../src/observability/serveRequest'
import { CLIENT_ADDRESS_HEADER, trustRule } from '../../src/security/clientAddress'
import { closePayload, testPayload } from './support/payload'
import { rest } from './support/rest'

const TOKEN = 'metrics-test-token-0123456789abcdef'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

const saved = { token: process.env.METRICS_TOKEN, allow: process.env.METRICS_ALLOW_FROM }
function configure(token?: string, allowFrom?: string): void {
  if (token === undefined) delete process.env.METRICS_TOKEN
  else process.env.METRICS_TOKEN = token
  if (allowFrom === undefined) delete process.env.METRICS_ALLOW_FROM
  else process.env.METRICS_ALLOW_FROM = allowFrom
}
afterEach(() => configure(saved.token, saved.allow))

type Sample = { name: string; labels: Record<string, string>; value: number }

/** The samples of a Prometheus text exposition. */
function samples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line)
      if (!match) throw new Error(`Not a sample line: ${line}`)
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]))
      const raw = match[3]!
      return { name: match[1]!, labels, value: raw === '+Inf' ? Infinity : Number(raw) }
    })
}

function valueOf(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  return samples(text).find(
    (sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  )?.value
}

async function scrape(): Promise<string> {
  configure(TOKEN)
  const res = await rest('GET', '/api/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } })
  expect(res.status).toBe(200)
  return res.text
}

describe('GET /api/metrics: who may read it', () => {
  it('is switched off (404) while neither METRICS_TOKEN nor METRICS_ALLOW_FROM is set, in the request’s language', async () => {
    configure()
    const en = await rest('GET', '/api/metrics', { headers: { Authorization: `Bearer ${TOKEN}` } })
    expect(en.status).toBe(404)
    expect(en.json.errors[0].data.code).toBe('errMetricsOff')
    expect(en.json.errors[0].message).toMatch(/not enabled.*METRICS_TOKEN/)
    const it = await rest('GET', '/api/metrics', { headers: { 'Accept-Language': 'it' } })
    expect(it.status).toBe(404)
    expect(it.json.errors[0].message).toMatch(/non sono attive/)
    expect(it.text).not.toContain('# HELP')
  })

  it('refuses without the token, or with a wrong one: 401 with WWW-Authenticate: Bearer', async () => {
    configure(TOKEN)
    for (const authorization of [undefined, `Bearer ${TOKEN}x`, 'Bearer wrong', TOKEN, `Basic ${TOKEN}`]) {
      const res = await rest('GET', '/api/metrics', { headers: authorization ? { Authorization: authorization } : {} })
      expect(res.status, String(authorization)).toBe(401)
      expect(res.json.errors[0].data.code).toBe('errMetricsToken')
      expect(res.text).not.toContain('# HELP')
    }
    const raw = await fetchThroughHandlers({ Authorization: 'Bearer wrong', 'Accept-Language': 'it' })
    expect(raw.headers.get('www-authenticate')).toMatch(/^Bearer/)
    expect(raw.headers.get('cache-control')).toBe('no-store')
    expect(((await raw.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/serve il token/)
  })

  it('with the token: Prometheus text with every family the README lists', async () => {
    const res = await fetchThroughHandlers({ Authorization: `Bearer ${TOKEN}` }, TOKEN)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = await res.text()
    for (const family of [
      'scena_http_requests_total',
      'scena_http_request_duration_seconds',
      'scena_page_cache_total',
      'scena_db_pool_clients',
      'scena_db_pool_waiting_requests',
      'scena_db_pool_max_clients',
      'scena_jobs',
      'scena_backup_last_success_age_seconds',
      'scena_metrics_database_up',
      'process_resident_memory_bytes',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text, family).toContain(`# TYPE ${family} `)
    }
    expect(valueOf(text, 'scena_metrics_database_up')).toBe(1)
  })

  it('from an address in METRICS_ALLOW_FROM without a token; 403 from any other when no token is set', async () => {
    configure(undefined, '10.0.0.0/8, 192.0.2.7')
    const from = (address: string) => rest('GET', '/api/metrics', { headers: { [CLIENT_ADDRESS_HEADER]: address } })
    expect((await from('10.1.2.3')).status).toBe(200)
    expect((await from('192.0.2.7')).status).toBe(200)
    const other = await from('192.0.2.8')
    expect(other.status).toBe(403)
    expect(other.json.errors[0].data.code).toBe('errMetricsAddress')
    // Without the production server's address header (`next dev`) no address is trusted.
    expect((await rest('GET', '/api/metrics')).status).toBe(403)
    // Both set: another address still gets in with the token.
    configure(TOKEN, '10.0.0.0/8')
    expect((await from('192.0.2.8')).status).toBe(401)
    const withToken = await rest('GET', '/api/metrics', {
      headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.8', Authorization: `Bearer ${TOKEN}` },
    })
    expect(withToken.status).toBe(200)
  })
})

/** The REST handlers' raw Response, for its headers (rest() keeps only status and body). */
async function fetchThroughHandlers(headers: Record<string, string>, token = TOKEN): Promise<Response> {
  configure(token)
  const { GET } = await import('../../src/api/routes')
  return GET(new Request('http://localhost:3000/api/metrics', { headers: { 'Accept-Language': 'en', ...headers } }), {
    params: Promise.resolve({ slug: ['metrics'] }),
  })
}

/** A real HTTP server wrapped exactly as scripts/serve.ts wraps Next's handler. */
async function observedServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  trustedProxies = '',
): Promise<{ url: string; close: () => Promise<void> }> {
  const trust = trustRule(trustedProxies)
  const server = http.createServer((req, res) => serveObserved(req, res, trust, () => handler(req, res)))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

describe('requests are counted, by route group and status', () => {
  it('groups addresses into a few kinds, never the path itself', () => {
    expect(routeGroup('/it/domande/consenso?x=1')).toBe('page')
    expect(routeGroup('/')).toBe('page')
    expect(routeGroup('/api/faqs?locale=en')).toBe('api')
    expect(routeGroup('/admin/collections/faqs')).toBe('admin')
    expect(routeGroup('/_next/static/chunks/a.js')).toBe('static')
    expect(routeGroup('/robots.txt')).toBe('other')
    expect(routeGroup('/apiary')).toBe('page')
  })

  it('a request through the server shows in the counters, the latency histogram and the page cache count', async () => {
    const before = await scrape()
    const server = await observedServer((req, res) => {
      if (req.url === '/it/missing') {
        res.writeHead(404).end()
        return
      }
      res.setHeader('x-nextjs-cache', 'HIT')
      setTimeout(() => res.end('<html></html>'), 30)
    })
    try {
      expect((await fetch(`${server.url}/it/metriche-prova`)).status).toBe(200)
      expect((await fetch(`${server.url}/it/missing`)).status).toBe(404)
    } finally {
      await server.close()
    }
    const after = await scrape()
    const delta = (name: string, labels: Record<string, string>) =>
      (valueOf(after, name, labels) ?? 0) - (valueOf(before, name, labels) ?? 0)
    expect(delta('scena_http_requests_total', { route: 'page', status: '200' })).toBe(1)
    expect(delta('scena_http_requests_total', { route: 'page', status: '404' })).toBe(1)
    expect(delta('scena_http_request_duration_seconds_count', { route: 'page' })).toBe(2)
    // Timed from arrival to the last byte: the answer held back 30 ms is in no bucket below 25 ms
    // (how fast the other one was depends on how busy the machine is).
    expect(delta('scena_http_request_duration_seconds_bucket', { route: 'page', le: '0.025' })).toBeLessThanOrEqual(1)
    expect(delta('scena_http_request_duration_seconds_bucket', { route: 'page', le: '+Inf' })).toBe(2)
    expect(delta('scena_http_request_duration_seconds_sum', { route: 'page' })).toBeGreaterThanOrEqual(0.03)
    expect(delta('scena_page_cache_total', { route: 'page', result: 'hit' })).toBe(1)
  })

  it('a second copy of the modules (as inside Next’s bundle) shares the registry, and registering again does not throw', async () => {
    vi.resetModules()
    const copy = await import('../../src/observability/httpMetrics')
    const registryCopy = await import('../../src/observability/registry')
    expect(registryCopy.metricsRegistry()).toBe(metricsRegistry())
    expect(copy.routeGroup).not.toBe(routeGroup)
    const server = await observedServer((_req, res) => res.end())
    try {
      const before = await metricsRegistry().getSingleMetricAsString('scena_http_requests_total')
      await fetch(`${server.url}/en`)
      const after = await metricsRegistry().getSingleMetricAsString('scena_http_requests_total')
      expect(
        (valueOf(after, 'scena_http_requests_total', { route: 'page', status: '200' }) ?? 0) -
          (valueOf(before, 'scena_http_requests_total', { route: 'page', status: '200' }) ?? 0),
      ).toBe(1)
    } finally {
      await server.close()
    }
  })
})

describe('the pool, the job queue and the last backup, read from the database at each scrape', () => {
  const jobIds: Array<number | string> = []
  let backupBefore: string | null | undefined

  beforeAll(async () => {
    backupBefore = (await payload.findGlobal({ slug: 'backup-status', overrideAccess: true })).lastSuccessAt
  })
  afterAll(async () => {
    for (const id of jobIds) await payload.delete({ collection: 'payload-jobs', id, overrideAccess: true })
    await payload.updateGlobal({
      slug: 'backup-status',
      data: { lastSuccessAt: backupBefore ?? null },
      overrideAccess: true,
    })
  })

  it('the pool gauges are the pool’s own counts', async () => {
    const text = await scrape()
    const pool = payload.db.pool as unknown as { totalCount: number; idleCount: number; options: { max: number } }
    const used = valueOf(text, 'scena_db_pool_clients', { state: 'used' })!
    const idle = valueOf(text, 'scena_db_pool_clients', { state: 'idle' })!
    // The adapter keeps one connection checked out for good (src/db/pool.ts).
    expect(used).toBeGreaterThanOrEqual(1)
    expect(used + idle).toBe(pool.totalCount)
    expect(valueOf(text, 'scena_db_pool_waiting_requests')).toBe(0)
    expect(valueOf(text, 'scena_db_pool_max_clients')).toBe(pool.options.max)
  })

  it('due, running and failed jobs are counted as Payload’s runner sees them', async () => {
    const before = await scrape()
    const queue = async (waitUntil?: Date) => {
      const job = await payload.jobs.queue({ task: 'scheduledBackup', input: {}, waitUntil })
      jobIds.push(job.id)
      return job.id
    }
    await queue() // due now
    await queue(new Date(Date.now() - 60_000)) // due since a minute
    await queue(new Date(Date.now() + 3_600_000)) // not yet
    const running = await queue()
    await payload.update({ collection: 'payload-jobs', id: running, data: { processing: true }, overrideAccess: true })
    const failed = await queue()
    await payload.update({ collection: 'payload-jobs', id: failed, data: { hasError: true }, overrideAccess: true })
    const after = await scrape()
    const delta = (state: string) =>
      valueOf(after, 'scena_jobs', { state })! - (valueOf(before, 'scena_jobs', { state }) ?? 0)
    expect(delta('due')).toBe(2)
    expect(delta('running')).toBe(1)
    expect(delta('failed')).toBe(1)
  })

  it('the age of the last successful backup, +Inf when there has been none', async () => {
    await payload.updateGlobal({ slug: 'backup-status', data: { lastSuccessAt: null }, overrideAccess: true })
    expect(valueOf(await scrape(), 'scena_backup_last_success_age_seconds')).toBe(Infinity)
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString()
    await payload.updateGlobal({ slug: 'backup-status', data: { lastSuccessAt: anHourAgo }, overrideAccess: true })
    const age = valueOf(await scrape(), 'scena_backup_last_success_age_seconds')!
    expect(age).toBeGreaterThanOrEqual(3600)
    expect(age).toBeLessThan(3660)
  })
})

describe('request id', () => {
  /** A logger with the app's options (src/api/logger.ts), writing JSON lines where the test can read them. */
  function capturedLogger() {
    const lines: Array<Record<string, unknown>> = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line))
        done()
      },
    })
    return { logger: pino(scenaLogger('info').options, sink), lines }
  }

  it('every log line written while a request is served carries its id, which the response echoes', async () => {
    const { logger, lines } = capturedLogger()
    const server = await observedServer((req, res) => {
      logger.info(`serving ${req.url}`)
      // Later, after awaiting something, as a render or a query would.
      setTimeout(() => {
        void Promise.resolve().then(() => {
          logger.warn(`still serving ${req.url}`)
          res.end()
        })
      }, 5)
    })
    try {
      const [a, b] = await Promise.all([fetch(`${server.url}/it/a`), fetch(`${server.url}/it/b`)])
      const idA = a.headers.get('x-request-id')!
      const idB = b.headers.get('x-request-id')!
      expect(idA).toMatch(/^[0-9a-f-]{36}$/)
      expect(idB).not.toBe(idA)
      logger.info('not in a request')
      const idOf = (msg: string) => lines.find((line) => line.msg === msg)?.requestId
      expect(idOf('serving /it/a')).toBe(idA)
      expect(idOf('still serving /it/a')).toBe(idA)
      expect(idOf('serving /it/b')).toBe(idB)
      expect(idOf('still serving /it/b')).toBe(idB)
      expect(lines.find((line) => line.msg === 'not in a request')).not.toHaveProperty('requestId')
    } finally {
      await server.close()
    }
  })

  it('the edge’s id is kept when the edge is a trusted proxy; a visitor cannot choose one', async () => {
    const seen: string[] = []
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
      seen.push(String(req.headers['x-request-id']))
      res.end()
    }
    const behindEdge = await observedServer(handler, 'loopback')
    const direct = await observedServer(handler, '')
    try {
      const kept = await fetch(`${behindEdge.url}/it`, { headers: { 'X-Request-Id': '123456' } })
      expect(kept.headers.get('x-request-id')).toBe('123456')
      const forged = await fetch(`${behindEdge.url}/it`, { headers: { 'X-Request-Id': 'a b\tinjected' } })
      expect(forged.headers.get('x-request-id')).not.toContain('injected')
      const untrusted = await fetch(`${direct.url}/it`, { headers: { 'X-Request-Id': '123456' } })
      expect(untrusted.headers.get('x-request-id')).not.toBe('123456')
      // The app sees the id it echoes.
      expect(seen).toEqual(['123456', forged.headers.get('x-request-id'), untrusted.headers.get('x-request-id')])
    } finally {
      await behindEdge.close()
      await direct.close()
    }
  })
})
