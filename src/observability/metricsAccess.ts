import { createHash, timingSafeEqual } from 'node:crypto'

import proxyAddr from 'proxy-addr'

import { clientAddressOf } from '../security/clientAddress'
import { env } from '../env'

export type MetricsAccess =
  /** Token or address accepted. */
  | 'allowed'
  /** Neither METRICS_TOKEN nor METRICS_ALLOW_FROM is set: there are no metrics to give anyone. */
  | 'off'
  /** A token could open it, and none or a wrong one was sent: 401 with WWW-Authenticate. */
  | 'unauthorized'
  /** Only addresses may scrape, and this is not one of them: no token would help, 403. */
  | 'forbidden'

export interface MetricsSettings {
  token?: string
  allowFrom?: string
}

const settingsFromEnv = (): MetricsSettings => ({
  token: env.METRICS_TOKEN,
  allowFrom: env.METRICS_ALLOW_FROM,
})

// Digests first: timingSafeEqual needs equal lengths, and comparing lengths would tell the length.
const digest = (value: string) => createHash('sha256').update(value).digest()
const sameToken = (sent: string, expected: string) => timingSafeEqual(digest(sent), digest(expected))

const matchers = new Map<string, (address: string, hop: number) => boolean>()

/** The matcher for METRICS_ALLOW_FROM, made once per value. A bad entry is the operator's to fix: it says which. */
function allowedAddresses(allowFrom: string): (address: string, hop: number) => boolean {
  let matcher = matchers.get(allowFrom)
  if (!matcher) {
    try {
      matcher = proxyAddr.compile(
        allowFrom
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean),
      )
    } catch (error) {
      throw new Error(`METRICS_ALLOW_FROM is not a list of addresses or CIDR ranges: ${(error as Error).message}`, {
        cause: error,
      })
    }
    matchers.set(allowFrom, matcher)
  }
  return matcher
}

function bearer(authorization: string | null): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')
  return match?.[1]
}

/**
 * Who may read GET /api/metrics. An address in METRICS_ALLOW_FROM (addresses, CIDR ranges or
 * proxy-addr's names such as `loopback`, matched as TRUSTED_PROXIES is) needs no token; anyone else
 * needs `Authorization: Bearer $METRICS_TOKEN`. The address is the one `scripts/serve.ts` resolved
 * from the connection (src/security/clientAddress.ts): a client cannot claim one. Without that
 * server (`next dev`) there is no trustworthy address, and only the token opens.
 */
export function metricsAccess(headers: Headers, settings: MetricsSettings = settingsFromEnv()): MetricsAccess {
  const { token, allowFrom } = settings
  if (!token && !allowFrom) return 'off'
  if (allowFrom) {
    // proxy-addr's matcher answers false for anything that is not an IP address ('local', 'unknown').
    if (allowedAddresses(allowFrom)(clientAddressOf(headers), 0)) return 'allowed'
  }
  if (!token) return 'forbidden'
  const sent = bearer(headers.get('authorization'))
  return sent && sameToken(sent, token) ? 'allowed' : 'unauthorized'
}
