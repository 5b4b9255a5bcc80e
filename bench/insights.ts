/**
 * `npm run bench:insights` (needs `npm run build`): what counting page views costs one instance.
 * Against BENCH_BASE_URL when set (a running production server, on this machine), else an
 * `npm start` of the current build on its own throwaway database (port BENCH_PORT, 3602).
 * In one run, each for BENCH_SECONDS (10):
 * 1. a cached page alone (10 connections): requests/s, p50, p99;
 * 2. beacons alone (POST /api/insights/hit, BENCH_BEACON_CONNECTIONS, 50): the highest rate the
 *    instance sustains, and how many of them were written to PostgreSQL after the flush;
 * 3. the cached page again while beacons run at that rate: the page's figures next to (1);
 * 4. the cached page while beacons arrive at the rate it was served in (1), as they would from
 *    real visits (each view sends one);
 * 5. the cached page alone again (the machine's drift).
 * Beacons are answered by the server before Next's router (src/insights/serveBeacon.ts).
 * Prints figures; asserts nothing. The load generator shares the machine with the server.
 */
import autocannon from 'autocannon'

import { makeTempDir, removeDir } from '../tests/int/support/tempDir'
import { type RunningServer, startServer } from '../tests/e2e/support/server'
import { type Figures, load, runBench } from './support'

const seconds = Number(process.env.BENCH_SECONDS || 10)
const beaconConnections = Number(process.env.BENCH_BEACON_CONNECTIONS || 50)
const pagePath = '/it/domande-frequenti'
const beaconPath = '/en/faq'
const userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
const admin = { email: 'bench-admin@example.org', password: 'bench-insights-password-0123' }

/** Beacons for `duration` seconds on `connections`; at most `rate` a second when given. */
async function beacons(base: string, duration: number, connections: number, rate?: number) {
  const result = await autocannon({
    url: `${base}/api/insights/hit`,
    method: 'POST',
    connections,
    duration,
    ...(rate ? { overallRate: Math.max(1, Math.round(rate)) } : {}),
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': userAgent },
    body: JSON.stringify({ path: beaconPath, referrer: 'https://bench.example.org/' }),
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    ok: result['2xx'],
    errors: result.errors + result.non2xx,
  }
}

const line = (name: string, f: Figures | Awaited<ReturnType<typeof beacons>>) =>
  console.log(
    `${name.padEnd(48)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(5)} ms   errors ${f.errors}`,
  )

async function views(base: string, token: string): Promise<number> {
  const res = await fetch(`${base}/api/insights?days=1`, { headers: { Authorization: `JWT ${token}` } })
  const json = (await res.json()) as { pages: Array<{ path: string; views: number }> }
  return json.pages.find((p) => p.path === beaconPath)?.views ?? 0
}

async function main(): Promise<void> {
  let server: RunningServer | undefined
  let dir = ''
  let base = process.env.BENCH_BASE_URL?.replace(/\/+$/, '')
  let credentials = { email: process.env.ADMIN_EMAIL ?? '', password: process.env.ADMIN_PASSWORD ?? '' }
  try {
    if (!base) {
      dir = await makeTempDir('bench-insights')
      server = await startServer({
        port: Number(process.env.BENCH_PORT || 3602),
        dataDir: `${dir}/postgres`,
        databasePort: Number(process.env.BENCH_PG_PORT || 54432),
        log: `${dir}/server.log`,
        env: { PAYLOAD_SECRET: 'bench-insights-secret', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
      })
      base = server.url
      credentials = admin
    }
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(credentials),
    })
    const token = login.ok ? ((await login.json()) as { token: string }).token : ''

    // Warm: the page into the page cache, the beacon's route and slug lists.
    await load(`${base}${pagePath}`, 2, 2)
    await beacons(base, 2, 2)
    console.log(
      `${base}, ${seconds} s each; cached page ${pagePath} at 10 connections, beacons at ${beaconConnections}`,
    )

    // The warm-up's beacons written by the flush (INSIGHTS_FLUSH_SECONDS, 10) before counting starts.
    await new Promise((resolve) => setTimeout(resolve, 12_000))
    const before = token ? await views(base, token) : 0
    const first = await load(`${base}${pagePath}`, 10, seconds)
    line('1. cached page alone', first)
    const alone = await beacons(base, seconds, beaconConnections)
    line('2. beacons alone (the highest rate sustained)', alone)
    const [page, during] = await Promise.all([
      load(`${base}${pagePath}`, 10, seconds),
      beacons(base, seconds, beaconConnections),
    ])
    line('3. cached page while beacons run', page)
    line('   beacons meanwhile', during)
    const [paced, pacedBeacons] = await Promise.all([
      load(`${base}${pagePath}`, 10, seconds),
      beacons(base, seconds, 10, first.rps),
    ])
    line('4. cached page, one beacon per view served', paced)
    line('   beacons meanwhile', pacedBeacons)
    line('5. cached page alone again', await load(`${base}${pagePath}`, 10, seconds))
    if (token) {
      // The flush (INSIGHTS_FLUSH_SECONDS, 10) writes what was counted.
      await new Promise((resolve) => setTimeout(resolve, 12_000))
      const written = (await views(base, token)) - before
      console.log(
        `beacons answered 204: ${alone.ok + during.ok + pacedBeacons.ok}; views written to PostgreSQL after the flush: ${written}`,
      )
    }
  } finally {
    await server?.stop('SIGTERM')
    if (dir) await removeDir(dir)
  }
}

runBench(main)
