import type http from 'node:http'

/**
 * Redirects as the production server sends them (scripts/serve.ts):
 * - Next answers `permanentRedirect()` (and a trailing slash) with 308. For GET and HEAD a 301
 *   means the same, and it is the status every crawler and old client treats as "moved for good".
 *   Other methods keep 308, which also forbids turning a POST into a GET.
 * - A redirect rendered afresh for the page cache carries its Location twice (Next sets it, then
 *   appends the cache entry's copy); one is kept, as a repeated Location is malformed.
 */
export function permanentRedirectsAs301(req: http.IncomingMessage, res: http.ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => http.ServerResponse
  const asGet = req.method === 'GET' || req.method === 'HEAD'
  // Node writes implicit headers (`res.statusCode = …; res.end()`) through writeHead too.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const location = res.getHeader('location')
    if (Array.isArray(location) && location.length > 1) res.setHeader('location', location[0]!)
    return writeHead(asGet && status === 308 ? 301 : status, ...rest)
  }) as typeof res.writeHead
}
