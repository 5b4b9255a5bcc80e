import type { IncomingMessage, ServerResponse } from 'node:http'

import { counter, histogram } from './registry'

/**
 * What kind of address was asked for. A handful of groups, never the path itself: every distinct
 * label value is a time series kept for good, and paths are as many as visitors care to invent.
 */
export type RouteGroup = 'api' | 'admin' | 'static' | 'page' | 'other'

export function routeGroup(url = '/'): RouteGroup {
  const pathname = url.split('?')[0] ?? '/'
  if (/^\/api(\/|$)/.test(pathname)) return 'api'
  if (/^\/admin(\/|$)/.test(pathname)) return 'admin'
  // Next's build output and its image optimiser.
  if (pathname.startsWith('/_next/')) return 'static'
  // A file name (robots.txt, sitemap.xml, favicon.ico, files from public/): not a page of the site.
  if (/\.[A-Za-z0-9]+$/.test(pathname)) return 'other'
  return 'page'
}

const requests = counter({
  name: 'scena_http_requests_total',
  help: 'HTTP requests answered by this instance, by route group and status code ("aborted": the client left first).',
  labelNames: ['route', 'status'] as const,
})

const duration = histogram({
  name: 'scena_http_request_duration_seconds',
  help: 'Time from the request reaching this instance to the last byte of its answer, by route group.',
  labelNames: ['route'] as const,
  // From a cached page (a few ms) to a slow render or upload (seconds).
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
})

const pageCache = counter({
  name: 'scena_page_cache_total',
  help: 'Answers with Next\'s x-nextjs-cache header, by route group and its value: hit, stale, miss, revalidated (route="static": the image optimiser\'s own cache).',
  labelNames: ['route', 'result'] as const,
})

/**
 * Counts and times one request once its answer is finished (or the client has gone). Called by
 * `scripts/serve.ts` for every request, before Next handles it: it sees every response, including
 * the ones Next answers before any of our code runs. The page cache's answer is read from the
 * header Next itself sets, so the count is the cache's own word.
 */
export function observeRequest(req: IncomingMessage, res: ServerResponse): void {
  const start = process.hrtime.bigint()
  const route = routeGroup(req.url)
  res.once('close', () => {
    const status = res.writableFinished ? String(res.statusCode) : 'aborted'
    requests.inc({ route, status })
    duration.observe({ route }, Number(process.hrtime.bigint() - start) / 1e9)
    const cache = res.getHeader('x-nextjs-cache')
    if (typeof cache === 'string' && /^(HIT|MISS|STALE|REVALIDATED)$/i.test(cache)) {
      pageCache.inc({ route, result: cache.toLowerCase() })
    }
  })
}
