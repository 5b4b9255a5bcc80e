import { readFileSync } from 'node:fs'
import path from 'node:path'

import { pageCacheIdentity } from '../page-cache-state.mjs'
import { env } from '../../env'

/**
 * Behind an edge, every response of an app instance names its generation: the build, and a
 * fingerprint of the address, secret and database it renders for (../page-cache-state.mjs). The edge
 * keeps it with each cached page, so that an instance that starts can drop every page another
 * generation made, and never passes it on to visitors (src/topology/edge/scena.vcl).
 */
export const GENERATION_HEADER = 'X-Scena-Generation'

export function cacheGeneration(projectRoot: string): string {
  let buildId = 'dev'
  try {
    buildId = readFileSync(path.join(projectRoot, '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    /* no build: `next dev` */
  }
  return `${buildId}.${pageCacheIdentity()}`
}

/**
 * Asks the edge (SCENA_EDGE_URL) to forget every page of another generation: pages cached before a
 * deploy, or for another address, never outlive it. Never throws: an edge not up yet has nothing.
 */
export async function dropOtherGenerations(generation: string): Promise<void> {
  const edge = env.SCENA_EDGE_URL
  if (!edge) return
  await fetch(`${edge}/`, {
    method: 'PURGE',
    headers: { 'X-Scena-Keep-Generation': generation },
    signal: AbortSignal.timeout(2000),
  }).catch(() => undefined)
}
