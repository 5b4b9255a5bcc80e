/**
 * `npm run bench:lighthouse`: Lighthouse (the npm package, pinned) driving Debian's Chromium, desktop
 * and mobile (Lighthouse's own presets: simulated throttling, 4× CPU slowdown and slow 4G on
 * mobile), on the home page, the FAQ index, an FAQ detail and the contact page. Per page it prints
 * the four category scores, LCP, TBT, CLS, the JavaScript transferred (every script the page
 * loaded, with its HTTP headers, as Lighthouse counts it) and the HTML document's size (uncompressed).
 *
 * It builds nothing: it measures the production server at BENCH_BASE_URL (default
 * http://localhost:3000), or, when nothing answers there, starts `npm start` itself on that port
 * (after `npm run build`) with a throwaway embedded PostgreSQL seeded with the practice's content.
 * Canonical and hreflang URLs are the build's SITE_URL: on another port SEO scores lower.
 *
 * Baseline in the same run: BENCH_BASELINE_URL, another server of the same site (e.g. a build of
 * the commit before a change), its runs alternating with this one's. Without it, compare with the
 * figures in the issue note. Each figure is the median run by performance score of
 * BENCH_LIGHTHOUSE_RUNS runs (default 3). Lighthouse shares the machine's CPU with the server and
 * anything else running: compare figures from the same run. Prints figures; asserts nothing.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import type { Browser } from 'playwright-core'

import { launchBrowser } from '../tests/e2e/support/browser'
import { freePort, median, runBench } from './support'

const base = (process.env.BENCH_BASE_URL || 'http://localhost:3000').replace(/\/+$/, '')
const baselineBase = process.env.BENCH_BASELINE_URL?.replace(/\/+$/, '')
const runs = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3))
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const

interface Figures {
  scores: number[]
  lcp: number
  tbt: number
  cls: number
  scriptKb: number
  scripts: number
  htmlKb: number
}

const answers = (url: string) =>
  fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) }).then(
    (res) => res.status < 500,
    () => false,
  )

/** `npm start` on the port of BENCH_BASE_URL, on a throwaway database; null when a server answers. */
async function ensureServer(): Promise<{ stop: () => Promise<void> } | null> {
  if (await answers(`${base}/it`)) return null
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scena-lighthouse-'))
  await fs.chmod(dir, 0o755) // the embedded PostgreSQL runs as its own OS user when we are root
  console.log(`No server at ${base}: starting \`npm start\` on a throwaway database (${dir}).`)
  const child: ChildProcess = spawn('npm', ['start'], {
    detached: true, // its own process group, stopped as a whole
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: new URL(base).port || '80',
      EMBEDDED_PG_DATA_DIR: path.join(dir, 'pg'),
      EMBEDDED_PG_PORT: String(await freePort()),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-only-secret',
      MEDIA_DIR: path.join(dir, 'media'),
    },
  })
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      /* gone */
    }
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)))
    await fs.rm(dir, { recursive: true, force: true })
  }
  for (let i = 0; i < 300 && !(await answers(`${base}/it`)); i++) {
    if (child.exitCode !== null) break
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  if (!(await answers(`${base}/it`))) {
    await stop()
    throw new Error(`\`npm start\` did not answer at ${base}: run \`npm run build\` first.`)
  }
  return { stop }
}

/** An FAQ detail page from the sitemap (the first Italian question). */
async function faqDetailPath(): Promise<string> {
  const sitemap = await (await fetch(`${base}/sitemap.xml`)).text()
  const found = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .find((p) => p.startsWith('/it/domande-frequenti/'))
  return found ?? '/it/domande-frequenti/chi-e-l-intimacy-coordinator'
}

async function audit(port: number, url: string, formFactor: 'desktop' | 'mobile'): Promise<Figures> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
    formFactor === 'desktop' ? desktopConfig : undefined,
  )
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { lhr } = result
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`)
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN
  type Row = { resourceType?: string; url?: string; transferSize?: number; resourceSize?: number }
  const requests = ((lhr.audits['network-requests']?.details as { items?: Row[] } | undefined)?.items ?? []) as Row[]
  const scripts = requests.filter((r) => r.resourceType === 'Script')
  const document = requests.find((r) => r.resourceType === 'Document')
  return {
    scores: categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100)),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    scriptKb: scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
    scripts: scripts.length,
    htmlKb: (document?.resourceSize ?? 0) / 1024,
  }
}

/** The median run by performance score (then by TBT). */
function medianRun(all: Figures[]): Figures {
  const sorted = [...all].sort((a, b) => a.scores[0]! - b.scores[0]! || b.tbt - a.tbt)
  return sorted[Math.floor(sorted.length / 2)]!
}

const header = () =>
  console.log(
    'page'.padEnd(52),
    'server'.padEnd(8),
    'perf a11y  bp seo',
    'LCP ms'.padStart(7),
    'TBT ms'.padStart(7),
    'CLS'.padStart(6),
    'JS KB (files)'.padStart(14),
    'HTML KB'.padStart(8),
  )

const row = (page: string, server: string, f: Figures) =>
  console.log(
    page.padEnd(52),
    server.padEnd(8),
    f.scores.map((s) => String(s).padStart(4)).join(''),
    f.lcp.toFixed(0).padStart(7),
    f.tbt.toFixed(0).padStart(7),
    f.cls.toFixed(3).padStart(6),
    `${f.scriptKb.toFixed(1)} (${f.scripts})`.padStart(14),
    f.htmlKb.toFixed(1).padStart(8),
  )

async function main(): Promise<void> {
  const server = await ensureServer()
  let browser: Browser | undefined
  try {
    const port = await freePort()
    browser = await launchBrowserWithDebugging(port)
    const pages = ['/it', '/en/faq', await faqDetailPath(), '/it/contatti']
    const servers: Array<[string, string]> = [['this', base]]
    if (baselineBase) servers.push(['baseline', baselineBase])
    console.log(
      `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, ` +
        `${runs} run(s) per figure (median by performance score); this: ${base}` +
        (baselineBase ? `; baseline: ${baselineBase}` : '; baseline: the figures in the issue note'),
    )
    const summary: Record<string, number[]> = {}
    for (const formFactor of ['desktop', 'mobile'] as const) {
      console.log(`\n${formFactor}`)
      header()
      for (const page of pages) {
        // Runs alternate between the servers, so that a busy moment of the machine hits both.
        const figures = servers.map((): Figures[] => [])
        for (let run = 0; run < runs; run++)
          for (const [i, [, url]] of servers.entries()) figures[i]!.push(await audit(port, url + page, formFactor))
        for (const [i, [name]] of servers.entries()) {
          const figure = medianRun(figures[i]!)
          row(page, name, figure)
          ;(summary[`${formFactor} ${name} perf`] ??= []).push(figure.scores[0]!)
        }
      }
    }
    console.log('')
    for (const [key, values] of Object.entries(summary))
      console.log(`${key}: lowest ${Math.min(...values)}, median ${median(values)}`)
  } finally {
    await browser?.close()
    await server?.stop()
  }
}

/** Debian's Chromium (as the browser tests use it), with a DevTools port for Lighthouse. */
const launchBrowserWithDebugging = (port: number): Promise<Browser> =>
  launchBrowser([`--remote-debugging-port=${port}`])

runBench(main)
