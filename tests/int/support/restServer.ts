/**
 * A second Payload instance in a process of its own, serving the real REST route handlers over
 * HTTP on 127.0.0.1:$PORT (GET and HEAD: what a visitor's browser or Next's image optimizer asks
 * for). Started by tests/int/support/restServer's `startRestServer` with its own environment (its own
 * MEDIA_DIR, the same database and bucket), so a test can check what another machine serves.
 */
import http from 'node:http'

import { preloadLexical } from '../../../src/runtime/loadConfig'

await preloadLexical()
const { GET } = await import('../../../src/api/routes')

const server = http.createServer((incoming, outgoing) => {
  void (async () => {
    const url = new URL(incoming.url ?? '/', 'http://localhost:3000')
    const slug = url.pathname
      .replace(/^\/api\/?/, '')
      .split('/')
      .filter(Boolean)
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers))
      if (typeof value === 'string') headers.set(name, value)
    const response = await GET(new Request(url, { method: 'GET', headers }), { params: Promise.resolve({ slug }) })
    outgoing.writeHead(response.status, Object.fromEntries(response.headers))
    if (response.body && incoming.method !== 'HEAD')
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) outgoing.write(chunk)
    outgoing.end()
  })().catch((error: unknown) => {
    console.error(error)
    outgoing.writeHead(500).end()
  })
})
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'))
