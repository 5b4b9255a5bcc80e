/**
 * What counting, timing and naming every request costs (src/observability/serveRequest.ts, which
 * scripts/serve.ts wraps around Next's handler). Prints figures, asserts nothing:
 * 1. the wrapper alone, on real Node request/response objects, per request (CPU time);
 * 2. a trivial HTTP server with and without it under autocannon, alternated, same process.
 * Run: npx tsx bench/metrics.ts
 */
import http from 'node:http'
import net from 'node:net'

import autocannon from 'autocannon'

import { serveObserved } from '../src/observability/serveRequest'
import { trustRule } from '../src/security/clientAddress'

const trust = trustRule('loopback')

function wrapperAlone(iterations: number): number {
  const socket = new net.Socket()
  const start = process.cpuUsage()
  for (let i = 0; i < iterations; i++) {
    const req = new http.IncomingMessage(socket)
    req.url = '/it/domande'
    const res = new http.ServerResponse(req)
    serveObserved(req, res, trust, () => {
      res.setHeader('x-nextjs-cache', 'HIT')
    })
    // What Node emits when the answer is done; the handler counts and times it here.
    res.emit('close')
  }
  const used = process.cpuUsage(start)
  return (used.user + used.system) / iterations
}

async function serverRps(observed: boolean, seconds: number): Promise<number> {
  const answer = (res: http.ServerResponse) => {
    res.setHeader('x-nextjs-cache', 'HIT')
    res.end('<html><body>ok</body></html>')
  }
  const server = http.createServer((req, res) =>
    observed ? serveObserved(req, res, trust, () => answer(res)) : answer(res),
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  const result = await autocannon({ url: `http://127.0.0.1:${port}/it/domande`, connections: 10, duration: seconds })
  await new Promise((resolve) => server.close(resolve))
  return result.requests.average
}

wrapperAlone(20_000) // warm-up
const perRequest = wrapperAlone(200_000)
console.log(`wrapper alone: ${perRequest.toFixed(2)} µs CPU per request (200,000 requests)`)

const rounds = { plain: [] as number[], observed: [] as number[] }
for (let round = 0; round < 3; round++) {
  rounds.plain.push(await serverRps(false, 4))
  rounds.observed.push(await serverRps(true, 4))
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
const plain = mean(rounds.plain)
const observed = mean(rounds.observed)
console.log(`trivial server, plain:    ${plain.toFixed(0)} req/s (${rounds.plain.map((v) => v.toFixed(0)).join(', ')})`)
console.log(
  `trivial server, observed: ${observed.toFixed(0)} req/s (${rounds.observed.map((v) => v.toFixed(0)).join(', ')})`,
)
console.log(
  `difference: ${(1e6 / observed - 1e6 / plain).toFixed(1)} µs per request (server and load generator share one process)`,
)
