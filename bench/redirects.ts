/**
 * `npm run bench:redirects` against a running production server (`npm run build && npm start`, or
 * BENCH_BASE_URL), signed in as its admin (ADMIN_EMAIL / ADMIN_PASSWORD): what 1,000 redirects cost
 * a cached page. Redirects are looked up only where the site would answer 404, so a cached page
 * should not notice them. In one run: cached pages with none of the bench's redirects, with 1,000,
 * then with none again (the spread between the two "none" rows is the machine's noise); a cached
 * 301 and a cached 404 beside them. With the server's database reachable (BENCH_DATABASE_URL, or
 * the embedded one on EMBEDDED_PG_PORT), it also counts the database's transactions during each
 * run, next to as long a run with no requests at all (the job queue and autovacuum): a page served
 * from the cache adds none. Prints figures; asserts nothing.
 */
import pg from 'pg'

import { type Figures, load, runBench } from './support'

const base = (process.env.BENCH_BASE_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 5)
const connections = Number(process.env.BENCH_CONNECTIONS || 10)
const REDIRECTS = 1000
const databaseUrl =
  process.env.BENCH_DATABASE_URL ||
  process.env.DATABASE_URL ||
  `postgres://postgres:scena-local@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}/scena`

async function signIn(): Promise<(method: string, path: string, body?: unknown) => Promise<Response>> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = process.env
  if (!email || !password) throw new Error('Set ADMIN_EMAIL and ADMIN_PASSWORD to the server’s admin.')
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!login.ok) throw new Error(`login failed: ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  return (method, path, body) =>
    fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
}

/** Committed transactions of the server's database so far, or null when it cannot be reached. */
async function transactions(): Promise<number | null> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 1000 })
  try {
    await client.connect()
    // Statistics reach pg_stat_database within a second or so of each transaction.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const { rows } = await client.query<{ n: string }>(
      'select xact_commit + xact_rollback as n from pg_stat_database where datname = current_database()',
    )
    return Number(rows[0]?.n)
  } catch {
    return null
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** The database's transactions during `seconds`, with `work` running (or nothing). */
async function transactionsDuring(work: () => Promise<unknown>): Promise<number | null> {
  const before = await transactions()
  await work()
  const after = await transactions()
  // This bench's own statistics query is one transaction per reading.
  return before === null || after === null ? null : after - before - 1
}

function print(label: string, path: string, figures: Figures | null, tx: number | null, answersOk = true): void {
  console.log(
    label.padEnd(22),
    path.padEnd(34),
    (figures ? figures.rps.toFixed(0) : '–').padStart(7),
    (figures ? String(figures.p50) : '–').padStart(6),
    (figures ? String(figures.p99) : '–').padStart(6),
    (tx === null ? 'n/a' : String(tx)).padStart(9),
    // autocannon counts 301 and 404 as non-2xx: only pages are expected to answer 200.
    answersOk && figures?.errors ? `(${figures.errors} errors or non-2xx)` : '',
  )
}

async function row(label: string, path: string, answersOk = true): Promise<void> {
  let figures: Figures | null = null
  const tx = await transactionsDuring(async () => {
    figures = await load(base + path, connections, seconds)
  })
  print(label, path, figures, tx, answersOk)
}

async function main(): Promise<void> {
  const api = await signIn()
  const tag = `bench-${Date.now().toString(36)}`
  const page = '/it/domande-frequenti'
  const entry = '/en/faq'
  const missing = `/it/${tag}-nessuna-pagina`
  const redirected = `/${tag}-0.html`
  // Rendered once, then cached.
  for (const path of [page, entry, missing, redirected]) await fetch(base + path, { redirect: 'manual' })

  console.log(`\nRedirects and cached pages (${seconds} s per run, ${connections} connections)`)
  console.log('redirects'.padEnd(22), 'address'.padEnd(34), '  req/s', 'p50 ms', 'p99 ms', '  db tx')
  print('(no requests)', '', null, await transactionsDuring(() => new Promise((r) => setTimeout(r, seconds * 1000))))
  const measure = async (label: string) => {
    for (const path of [page, entry, missing, redirected]) await fetch(base + path, { redirect: 'manual' }) // warm
    await row(label, page)
    await row(label, entry)
    await row(label, missing, false)
    await row(label, redirected, false)
  }

  await measure('none of the bench’s')
  const started = Date.now()
  for (let i = 0; i < REDIRECTS; i += 10)
    await Promise.all(
      Array.from({ length: 10 }, async (_, j) => {
        const res = await api('POST', '/api/redirects', { from: `/${tag}-${i + j}.html`, to: page })
        if (res.status !== 201) throw new Error(`creating a redirect: ${res.status} ${await res.text()}`)
      }),
    )
  console.log(
    `(${REDIRECTS} redirects created through the REST API in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  )
  await measure(`${REDIRECTS.toLocaleString('en')} of the bench’s`)
  for (;;) {
    const removed = await api('DELETE', `/api/redirects?where[from][like]=${encodeURIComponent(tag)}`)
    if (!removed.ok) throw new Error(`removing the bench's redirects: ${removed.status}`)
    if (((await removed.json()) as { docs: unknown[] }).docs.length === 0) break
  }
  await measure('none again')
}

runBench(main)
