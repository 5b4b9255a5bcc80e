/**
 * `npm run bench:hardening` against a running production server on this machine
 * (`npm run build && npm start`, or BENCH_BASE_URL on loopback):
 * 1. the server's RSS over three identical rounds of mixed load (public pages in both languages,
 *    FAQ pages, searches, REST reads) at 200 connections, with the ratio to round 1;
 * 2. the search page at 200 connections next to a cached page, in the same run: the same searches
 *    again and again (served from the page cache after their first time), then searches that are
 *    each new (rendered every time), with the server's RSS before and after those;
 * 3. the slowest anonymous REST / GraphQL / search request we can construct, slowest first.
 * The server's process is BENCH_SERVER_PID, else the one listening on the port (`ss -ltnp`); its
 * RSS is summed over its process tree from /proc. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'

import autocannon from 'autocannon'

import { median, runBench } from './support'

const base = (process.env.BENCH_BASE_URL || 'http://localhost:3000').replace(/\/+$/, '')
const seconds = Number(process.env.BENCH_SECONDS || 5)
const connections = 200
const rounds = 3

const queries = [
  'consenso',
  'intimacy coordinator',
  'scene intime',
  'prove',
  'contratto nudità',
  'consent',
  'rehearsal',
  'closed set',
  'workshop teatro',
  'chi è',
  'formazione associazioni',
  'nessun risultato qui',
]
const searchPaths = queries.map((q, i) => `/${i % 2 ? 'en/search' : 'it/cerca'}?q=${encodeURIComponent(q)}`)

// --- the server's memory --------------------------------------------------------------------------

function serverPid(): number {
  if (process.env.BENCH_SERVER_PID) return Number(process.env.BENCH_SERVER_PID)
  const url = new URL(base)
  const port = url.port || (url.protocol === 'https:' ? '443' : '80')
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = /pid=(\d+)/.exec(out)?.[1]
  if (!pid) throw new Error(`No process found listening on port ${port} (run as its user, or set BENCH_SERVER_PID).`)
  return Number(pid)
}

const statusField = (pid: number, field: string) =>
  Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)

/** The process and its descendants, from the parent PIDs in /proc. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      /* gone meanwhile */
    }
  }
  const tree = [root]
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []))
  return tree
}

/** Resident memory of the server's process tree, in MB (and the tree's peak so far). */
function serverRss(pid: number): { rss: number; peak: number } {
  let rss = 0
  let peak = 0
  for (const p of processTree(pid)) {
    try {
      rss += statusField(p, 'VmRSS')
      peak += statusField(p, 'VmHWM')
    } catch {
      /* gone meanwhile */
    }
  }
  return { rss: rss / 1024, peak: peak / 1024 }
}

// --- load -----------------------------------------------------------------------------------------

interface Figures {
  rps: number
  p50: number
  p99: number
  ok: number
  failed: number
  timeouts: number
}

/**
 * `connections` connections for `seconds`, going round `paths` in order (the same every run), or
 * asking `paths(i)` for the i-th request's path.
 */
async function load(paths: string[] | ((i: number) => string), conns = connections): Promise<Figures> {
  let next = 0
  const pathOf = typeof paths === 'function' ? paths : (i: number) => paths[i % paths.length]!
  const result = await autocannon({
    url: base,
    connections: conns,
    duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, path: pathOf(next++) }) }],
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'] + result['3xx'],
    failed: result.errors - result.timeouts + result['4xx'] + result['5xx'], // errors count timeouts too
    timeouts: result.timeouts,
  }
}

const failures = (f: Figures) =>
  [f.failed && `${f.failed} errors/4xx/5xx`, f.timeouts && `${f.timeouts} timeouts (10 s)`].filter(Boolean).join(', ')

const row = (label: string, f: Figures) =>
  console.log(
    label.padEnd(34),
    f.rps.toFixed(0).padStart(7),
    String(f.p50).padStart(7),
    String(f.p99).padStart(7),
    failures(f),
  )

/** Waits until the server answers a cached page promptly again: no backlog from the previous run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const started = performance.now()
    await fetch(`${base}/it/domande-frequenti`).then(
      (r) => r.arrayBuffer(),
      () => null,
    )
    if (performance.now() - started < 100) return
    await new Promise((r) => setTimeout(r, 500))
  }
}

/** Public pages in both languages, FAQ pages from the sitemap, searches and REST reads. */
async function mixedPaths(): Promise<string[]> {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
  const faqPages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .filter((p) => /\/(faq|domande-frequenti)\/[^/]+$/.test(p))
  return [
    '/it',
    '/en',
    '/it/domande-frequenti',
    '/en/faq',
    '/it/servizi',
    '/en/services',
    ...faqPages,
    ...searchPaths,
    '/api/faqs?locale=en&limit=10',
    '/api/faqs?locale=it&limit=10&page=2',
    '/api/services?locale=it&limit=10',
    '/api/globals/site-settings?locale=en',
  ]
}

async function memoryRounds(pid: number): Promise<void> {
  const paths = await mixedPaths()
  const start = serverRss(pid)
  console.log(
    `\nServer RSS over ${rounds} identical rounds of mixed load (${connections} connections, ${seconds} s each, ` +
      `${paths.length} URLs round-robin; server pid ${pid}, process tree summed)`,
  )
  console.log(`before load: ${start.rss.toFixed(0)} MB`)
  console.log(
    'round',
    'req/s'.padStart(7),
    'p50 ms'.padStart(7),
    'p99 ms'.padStart(7),
    '| RSS MB',
    'peak MB',
    'vs round 1',
  )
  let first = 0
  for (let round = 1; round <= rounds; round++) {
    const figures = await load(paths)
    await settle()
    const { rss, peak } = serverRss(pid)
    first ||= rss
    console.log(
      String(round).padEnd(5),
      figures.rps.toFixed(0).padStart(7),
      String(figures.p50).padStart(7),
      String(figures.p99).padStart(7),
      '|',
      rss.toFixed(0).padStart(6),
      peak.toFixed(0).padStart(7),
      `${(rss / first).toFixed(2)}×`.padStart(10),
      failures(figures),
    )
  }
}

/** A search nobody made before: every request of this run a new one (nothing cached helps). */
const madeUpSearch = (i: number) =>
  `/${i % 2 ? 'en/search' : 'it/cerca'}?q=${encodeURIComponent(`${queries[i % queries.length]} x${Date.now().toString(36)}${i}`)}`

async function searchVsCached(pid: number): Promise<void> {
  console.log(`\nSearch vs a cached page (${connections} connections, ${seconds} s each)`)
  console.log('page'.padEnd(34), 'req/s'.padStart(7), 'p50 ms'.padStart(7), 'p99 ms'.padStart(7))
  row('/it/domande-frequenti (cached)', await load(['/it/domande-frequenti']))
  await settle()
  row(`/it/cerca, /en/search (${queries.length} queries)`, await load(searchPaths))
  await settle()
  const before = serverRss(pid).rss
  row('made-up searches (each one new)', await load(madeUpSearch))
  await settle()
  console.log(
    `  server RSS ${before.toFixed(0)} MB before the made-up searches, ${serverRss(pid).rss.toFixed(0)} MB after`,
  )
  row('/it/domande-frequenti (cached)', await load(['/it/domande-frequenti']))
  await settle()
}

// --- the slowest anonymous request ----------------------------------------------------------------

interface Candidate {
  name: string
  path: string
  init?: RequestInit
}

const orClauses = (n: number, field = 'question') =>
  Array.from({ length: n }, (_, i) => `where[or][${i}][${field}][like]=x${i}`).join('&')
const nestedAnd = (depth: number) => `where${'[and][0]'.repeat(depth)}[question][like]=a`
const graphql = (query: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query }),
})
const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`
/** Payload reads a POST with this header as a GET whose query string is the body: no URL limit. */
const getAsPost = (query: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
  body: query,
})

const candidates: Candidate[] = [
  { name: 'REST limit=1000000 depth=10 locale=*', path: '/api/faqs?limit=1000000&depth=10&locale=*' },
  { name: 'REST pagination=false depth=10', path: '/api/faqs?pagination=false&depth=10&locale=*' },
  { name: 'REST sort on a text field', path: '/api/faqs?sort=-question&limit=1000&locale=*' },
  { name: 'REST where like %a% on rich text', path: '/api/faqs?where[answer][like]=a&limit=1000' },
  { name: 'REST 200 OR clauses in the URL', path: `/api/faqs?${orClauses(200)}&limit=1000` },
  { name: 'REST 3000 OR clauses (POST as GET)', path: '/api/faqs', init: getAsPost(`${orClauses(3000)}&limit=1000`) },
  { name: 'REST 100-deep nested AND', path: `/api/faqs?${nestedAnd(100)}` },
  { name: 'REST 2000-deep nested AND (POST)', path: '/api/faqs', init: getAsPost(nestedAnd(2000)) },
  { name: 'REST where on a related path', path: '/api/faqs?where[updatedBy.email][like]=a' },
  { name: 'REST media limit=1000000', path: '/api/media?limit=1000000&depth=10' },
  { name: 'REST versions (drafts)', path: '/api/faqs/versions?limit=1000000' },
  { name: 'REST users', path: '/api/users?limit=1000000' },
  { name: 'REST site settings depth=10 locale=*', path: '/api/globals/site-settings?depth=10&locale=*' },
  // Grows faster than linearly with the number of aliases (here 200 took ~4 s, 500 over 30 s).
  ...[100, 250].map((n) => ({
    name: `GraphQL ${n} aliases Faqs totalDocs`,
    path: '/api/graphql',
    init: graphql(aliases(n, 'Faqs(limit:1){totalDocs}')),
  })),
  {
    name: 'GraphQL 100 aliases Faqs all docs',
    path: '/api/graphql',
    init: graphql(aliases(100, 'Faqs(limit:1000,locale:all){docs{id question answer}}')),
  },
  { name: 'GraphQL introspection', path: '/api/graphql', init: graphql('{__schema{types{name fields{name}}}}') },
  { name: 'search page, 200-character query', path: `/it/cerca?q=${encodeURIComponent('a '.repeat(100))}` },
  {
    name: 'search page, 200 chars of OR words',
    path: `/en/search?q=${encodeURIComponent(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' or ')).slice(0, 600)}`,
  },
  {
    name: 'search page, prefix-ish words',
    path: `/it/cerca?q=${encodeURIComponent('intimità consenso scena '.repeat(8))}`,
  },
  { name: 'sitemap', path: '/sitemap.xml' },
]

async function timeOnce(c: Candidate): Promise<{ status: number | string; ms: number; bytes: number }> {
  const started = performance.now()
  try {
    const res = await fetch(base + c.path, { ...c.init, signal: AbortSignal.timeout(15_000), redirect: 'manual' })
    const bytes = (await res.arrayBuffer()).byteLength
    return { status: res.status, ms: performance.now() - started, bytes }
  } catch (error) {
    return { status: (error as Error).name, ms: performance.now() - started, bytes: 0 }
  }
}

async function slowest(): Promise<void> {
  const results = []
  for (const c of candidates) {
    const runs = [await timeOnce(c)]
    // Repeat the fast ones for a steadier figure; one run of a slow one is enough.
    while (runs.length < 3 && runs[0]!.ms < 1000) runs.push(await timeOnce(c))
    const ms = median(runs.map((r) => r.ms))
    results.push({ ...c, ...runs[runs.length - 1]!, ms })
    await settle()
  }
  results.sort((a, b) => b.ms - a.ms)
  console.log(
    '\nSlowest anonymous requests (one at a time; median of 3, or 1 run when over 1 s; 15 s timeout), slowest first',
  )
  console.log('ms'.padStart(8), 'status'.padStart(6), 'bytes'.padStart(9), ' request')
  for (const r of results)
    console.log(
      r.ms.toFixed(0).padStart(8),
      String(r.status).padStart(6),
      String(r.bytes).padStart(9),
      ` ${r.name}  ${r.init?.method ?? 'GET'} ${r.path.length > 70 ? r.path.slice(0, 67) + '…' : r.path}`,
    )
}

async function main(): Promise<void> {
  const { hostname } = new URL(base)
  if (!['localhost', '127.0.0.1', '[::1]'].includes(hostname)) {
    console.error(`BENCH_BASE_URL must be a server on this machine (loopback), not ${hostname}.`)
    process.exit(1)
  }
  const probe = await fetch(`${base}/it/domande-frequenti`).catch(() => null)
  if (!probe?.ok) {
    console.error(`No site at ${base}: start one with \`npm run build && npm start\` (or set BENCH_BASE_URL).`)
    process.exit(1)
  }
  const pid = serverPid()
  await memoryRounds(pid)
  await searchVsCached(pid)
  await slowest()
  console.log(`\nServer RSS at the end: ${serverRss(pid).rss.toFixed(0)} MB`)
}

runBench(main)
