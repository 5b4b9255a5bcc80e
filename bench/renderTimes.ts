import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { freePort } from './support'

/**
 * A production Next server (`next start` on the existing `.next` build) against the bench
 * database, to time whole page renders with and without the page cache.
 */
export interface RenderServer {
  url: string
  /** Renders `page` afresh (Next's on-demand revalidation), returns ms and the HTML. */
  uncached: (page: string) => Promise<{ ms: number; html: string }>
  cached: (page: string) => Promise<number>
  rssMb: () => number
  stop: () => void
}

export async function startRenderServer(): Promise<RenderServer | null> {
  const manifest = path.resolve('.next/prerender-manifest.json')
  if (!existsSync(manifest)) return null
  const previewModeId = (JSON.parse(readFileSync(manifest, 'utf8')) as { preview: { previewModeId: string } }).preview
    .previewModeId
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port)],
    {
      // SCENA_BENCH_SERVER: its pages stay in memory, out of the build's page cache (next.config.ts).
      env: { ...process.env, PORT: String(port), SITE_URL: url, NODE_ENV: 'production', SCENA_BENCH_SERVER: 'true' },
      stdio: 'ignore',
    },
  )
  for (let i = 0; i < 300; i++) {
    const ok = await fetch(`${url}/it`).then(
      (res) => res.status < 500,
      () => false,
    )
    if (ok) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const get = async (page: string, headers: Record<string, string> = {}) => {
    const started = performance.now()
    const html = await (await fetch(url + page, { headers })).text()
    return { ms: performance.now() - started, html }
  }
  return {
    url,
    uncached: (page) => get(page, { 'x-prerender-revalidate': previewModeId }),
    cached: async (page) => (await get(page)).ms,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
    },
    stop: () => child.kill('SIGTERM'),
  }
}
