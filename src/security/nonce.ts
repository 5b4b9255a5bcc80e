import { headers } from 'next/headers'

import { strictCsp } from '../env'

/**
 * The nonce of this response's Content-Security-Policy in strict mode (the proxy puts the policy
 * on the request; Next puts the same nonce on its own scripts), for a script tag of ours. In the
 * default mode there is none, and reading no headers keeps pages prerendered.
 */
export async function requestNonce(): Promise<string | undefined> {
  if (!strictCsp()) return undefined
  const policy = (await headers()).get('content-security-policy') ?? ''
  return /'nonce-([^']+)'/.exec(policy)?.[1]
}
