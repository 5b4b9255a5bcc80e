import type { IncomingMessage } from 'node:http'

import proxyAddr from 'proxy-addr'
import { env } from '../env'

/**
 * The visitor's address, as the production server (`src/server`) resolved it from the TCP
 * connection: it overwrites whatever a client sends in this header, so the app can trust it.
 */
export const CLIENT_ADDRESS_HEADER = 'x-scena-client-address'

/**
 * Proxies allowed to say who the client is (X-Forwarded-For), from TRUSTED_PROXIES: addresses,
 * CIDR ranges or proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`), comma-separated.
 * Default: none, so a forwarded header is never believed unless the operator says where it comes from.
 */
export function trustedProxies(value = env.TRUSTED_PROXIES): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
}

type Trust = (address: string, hop: number) => boolean

/**
 * The trust rule for proxy-addr. A number instead of addresses counts hops: `1` believes only the
 * address the nearest proxy adds (the edge cache on the same box, whose own address is loopback
 * like a local visitor's, so an address list could not tell them apart).
 */
export function trustRule(value = env.TRUSTED_PROXIES): Trust {
  const trimmed = (value ?? '').trim()
  if (/^\d+$/.test(trimmed)) {
    const hops = Number(trimmed)
    return (_address, hop) => hop < hops
  }
  return proxyAddr.compile(trustedProxies(trimmed))
}

/**
 * The client's address for this connection: the peer itself, or — only when the peer is a trusted
 * proxy — the nearest untrusted address in X-Forwarded-For (proxy-addr, as Express does it).
 */
export function resolveClientAddress(
  request: Pick<IncomingMessage, 'headers' | 'socket'>,
  trust: Trust = trustRule(),
): string {
  return proxyAddr(request as IncomingMessage, trust) || 'unknown'
}

/**
 * The address to count a visitor by, inside the app. Without the production server (e.g. `next
 * dev`), there is no trustworthy address: every request then counts as one local visitor.
 */
export function clientAddressOf(headers: { get(name: string): string | null }): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim() || 'local'
}
