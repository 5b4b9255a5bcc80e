/**
 * `npm run bench` against a running production server (`npm run build && npm start`):
 * 1. cached page throughput and latency for the FAQ index in both languages, at 10 and 100
 *    connections, next to a static-file server serving the very same HTML in the same run;
 * 2. publish-to-live latency: a REST publish, then polling the public page until it shows the text
 *    (needs ADMIN_EMAIL / ADMIN_PASSWORD of the server's admin).
 * 3. with `npm run start:cluster` running: bench/cluster.ts (edge, one instance, two behind a balancer,
 *    next to nginx serving the same gzipped HTML; publish-to-edge latency).
 * Prints figures; asserts nothing.
 */
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { clusterBench } from './cluster'
import { load as loadFor } from './support'

const base = (process.env.BENCH_BASE_URL || 'http://localhost:3000').replace(/\/+$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 5)
const pages = ['/it/domande-frequenti', '/en/faq']

const load = (url: string, connections: number) => loadFor(url, connections, seconds)

/** Serves files from a folder, nothing else: the baseline a page cache cannot beat. */
async function startStaticServer(dir: string): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.basename(req.url ?? '') || 'index.html')
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    createReadStream(file)
      .on('error', () => res.end())
      .pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

async function throughput(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scena-bench-'))
  const files: Record<string, string> = {}
  for (const page of pages) {
    const html = await (await fetch(base + page)).text()
    files[page] = page.replace(/\W+/g, '_') + '.html'
    await fs.writeFile(path.join(dir, files[page]!), html)
  }
  const staticServer = await startStaticServer(dir)
  console.log(`\nCached page throughput (${seconds} s per run; same HTML from a static-file server as baseline)`)
  console.log(
    'page'.padEnd(26),
    'conn',
    'scena req/s',
    'p50 ms',
    'p99 ms',
    '| static req/s',
    'p50 ms',
    'p99 ms',
    '| ratio',
  )
  try {
    for (const page of pages) {
      for (const connections of [10, 100]) {
        await load(base + page, connections) // warm-up of the same length is not needed: pages are prerendered
        const app = await load(base + page, connections)
        const baseline = await load(`${staticServer.url}/${files[page]}`, connections)
        console.log(
          page.padEnd(26),
          String(connections).padStart(4),
          app.rps.toFixed(0).padStart(11),
          String(app.p50).padStart(6),
          String(app.p99).padStart(6),
          '|',
          baseline.rps.toFixed(0).padStart(12),
          String(baseline.p50).padStart(6),
          String(baseline.p99).padStart(6),
          '|',
          `${((app.rps / baseline.rps) * 100).toFixed(0)}%`,
          app.errors ? `(${app.errors} errors)` : '',
        )
      }
    }
  } finally {
    staticServer.close()
    await fs.rm(dir, { recursive: true, force: true })
  }
}

async function publishToLive(): Promise<void> {
  const email = process.env.ADMIN_EMAIL
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) {
    console.log('\nPublish-to-live: skipped (set ADMIN_EMAIL and ADMIN_PASSWORD).')
    return
  }
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const { token } = (await login.json()) as { token: string }
  const api = (method: string, url: string, body?: unknown) =>
    fetch(base + url, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => r.json() as Promise<any>)

  const { docs } = await api(
    'GET',
    '/api/faqs?where[contentKey][equals]=who-is-an-intimacy-coordinator&locale=en&depth=0',
  )
  const faq = docs[0]
  const page = `${base}/en/faq/what-is-an-intimacy-coordinator`
  const samples: number[] = []
  try {
    for (let i = 0; i < 5; i++) {
      const text = `What is an Intimacy Coordinator? (bench ${Date.now().toString(36)})`
      const started = performance.now()
      await api('PATCH', `/api/faqs/${faq.id}?locale=en`, { question: text, _status: 'published' })
      while (!(await (await fetch(page)).text()).includes(text)) await new Promise((r) => setTimeout(r, 20))
      samples.push(performance.now() - started)
    }
  } finally {
    await api('PATCH', `/api/faqs/${faq.id}?locale=en`, { question: faq.question, _status: 'published' })
  }
  samples.sort((a, b) => a - b)
  console.log(
    `\nPublish-to-live (REST publish until the English page shows it, 5 runs): median ${samples[2]!.toFixed(0)} ms, ` +
      `min ${samples[0]!.toFixed(0)} ms, max ${samples[4]!.toFixed(0)} ms`,
  )
}

async function main(): Promise<void> {
  const probe = await fetch(base + pages[0]).catch(() => null)
  if (!probe?.ok) {
    console.error(`No site at ${base}: start one with \`npm run build && npm start\` (or set BENCH_BASE_URL).`)
    process.exit(1)
  }
  await throughput()
  await publishToLive()
  // With `npm run start:cluster` running: the edge, one instance and two behind a balancer.
  const cluster = await clusterAppPorts(base)
  if (cluster.length) await clusterBench(base, cluster)
}

/** The app instances behind the edge at `base`, from the cluster's state file (none without one). */
async function clusterAppPorts(edge: string): Promise<number[]> {
  const port = new URL(edge).port || '80'
  const state = await fs
    .readFile(path.join(os.tmpdir(), `scena-cluster-${port}`, 'cluster.json'), 'utf8')
    .catch(() => '')
  if (!state) return []
  const { services } = JSON.parse(state) as { services: Array<{ name: string; port?: number }> }
  return services.filter((s) => s.name.startsWith('app-') && s.port).map((s) => s.port!)
}

void main()
