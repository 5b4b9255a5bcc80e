import type http from 'node:http'

/**
 * Next answers `permanentRedirect()` (and a trailing slash) with 308. For GET and HEAD a 301 means
 * the same, and it is the status every crawler and old client treats as "moved for good", so the
 * production server sends that. Other methods keep 308, which also forbids turning a POST into a GET.
 */
export function permanentRedirectsAs301(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => http.ServerResponse
  // Node writes implicit headers (`res.statusCode = …; res.end()`) through writeHead too.
  res.writeHead = ((status: number, ...rest: unknown[]) =>
    writeHead(status === 308 ? 301 : status, ...rest)) as typeof res.writeHead
}
