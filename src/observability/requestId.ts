import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const REQUEST_ID_HEADER = 'x-request-id'

// What an id may look like when a proxy sends one: a UUID, Varnish's number, a balancer's token.
// Anything else (too long, spaces, control characters) is replaced, so it cannot forge log lines.
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/

type Trust = (address: string, hop: number) => boolean

/**
 * The id of this request: the one the edge (a proxy in TRUSTED_PROXIES, the peer of this
 * connection) sent, so the edge's log and the app's name the same request; otherwise a new one.
 * A visitor talking to the instance directly cannot choose it.
 */
export function requestIdFor(req: Pick<IncomingMessage, 'headers' | 'socket'>, trust: Trust): string {
  const sent = req.headers[REQUEST_ID_HEADER]
  const peer = req.socket.remoteAddress
  if (typeof sent === 'string' && acceptable.test(sent) && peer && trust(peer, 0)) return sent
  return randomUUID()
}

/**
 * The request being served, for every log line written while serving it. Like the metrics registry
 * (./registry.ts), kept on `globalThis`: `scripts/serve.ts` enters it, and the logger that reads it
 * lives in the copy of this module inside Next's server bundle.
 */
const KEY = Symbol.for('scena.requestContext')
type Context = { requestId: string }
type Holder = { [KEY]?: AsyncLocalStorage<Context> }

function storage(): AsyncLocalStorage<Context> {
  const holder = globalThis as Holder
  return (holder[KEY] ??= new AsyncLocalStorage<Context>())
}

/** Runs `serve` (and everything it awaits or schedules) as the request `requestId`. */
export function withRequestId<T>(requestId: string, serve: () => T): T {
  return storage().run({ requestId }, serve)
}

/** The id of the request being served here, if any (none at start-up or in a job). */
export function currentRequestId(): string | undefined {
  return storage().getStore()?.requestId
}
