// Refreshing pages wherever they are cached: Next's page cache (this process's, or Redis' shared by
// every instance), the edge; or, outside a request of a Next server, asking an app instance to do it
// (the relay: ./revalidateEndpoint.ts). Which pages a save touches is the hooks' business
// (src/hooks/revalidate.ts).
import type { PayloadRequest } from 'payload'

import { env } from '../env'
import { searchResultsPathname } from '../routing/paths'
import { purgeEdge } from './edge/purge'
import { INTERNAL_TOKEN_HEADER, internalToken } from './revalidateEndpoint'

/** The route of every search's results page, route group included (Next's cache tags name it so). */
const SEARCH_RESULTS_ROUTE = `/(frontend)/[locale]${searchResultsPathname}`

/**
 * What changed on a set of pages. `removed`: these pages no longer show what they showed (an entry
 * deleted, unpublished, or moved to another slug): the edge drops them outright instead of keeping
 * them for grace, so a removed text can never be served again, even while no instance is up.
 */
export interface PageChange {
  paths: string[]
  removed?: boolean
}

/**
 * Refreshes these app paths wherever they are cached: Next's page cache (shared by all instances
 * when it lives in Redis; on one instance its invalidations are kept on disk, see
 * local-cache-handler.mjs) and the edge cache (right away, and again once the response is sent,
 * when the publish's transaction has committed). A change made outside an HTTP request — a job
 * such as a scheduled publish, in the worker or in the web server itself — asks an app instance to
 * do it (SCENA_APP_URL; `npm start` points it at itself): Next can refresh pages only for a live
 * request, and a job started by Payload's cron inside the server runs in the leftover context of the
 * request that first loaded Payload, where a refresh would be recorded and never carried out.
 * Scripts and tests without either have nothing cached.
 */
export async function refreshPages(
  changes: PageChange[],
  everything = false,
  req?: Pick<PayloadRequest, 'payloadAPI'>,
): Promise<void> {
  const inRequest = req?.payloadAPI !== 'local'
  if (inRequest && (await revalidateInNext(changes, everything))) return
  await askAnAppInstance(changes, everything)
}

/** The refresh itself, inside a Next server; false when not running inside one. */
export async function revalidateInNext(changes: PageChange[], everything = false): Promise<boolean> {
  const paths = [...new Set(changes.flatMap((change) => change.paths))]
  try {
    const { revalidatePath } = await import('next/cache')
    if (everything) revalidatePath('/', 'layout')
    else revalidatePath(SEARCH_RESULTS_ROUTE, 'page') // any change may change what a search finds
    for (const path of paths) revalidatePath(path)
  } catch {
    return false // no request of a Next server around this call
  }
  await invalidateSharedPagesNow(
    everything
      ? [pathTag('/', 'layout')]
      : [pathTag(SEARCH_RESULTS_ROUTE, 'page'), ...paths.map((path) => pathTag(path))],
  )
  const purge = () => purgeEdge(changes, { everything })
  // Now, so that the edge has forgotten these pages even if this process dies before the save's
  // response is sent; and again once it is sent (the transaction has committed), because a request
  // in between may have fetched the old page again.
  await purge()
  try {
    const { after } = await import('next/server')
    after(purge)
  } catch {
    /* outside a request: the purge above came after the change */
  }
  return true
}

/** The cache tag Next's revalidatePath(path, type) invalidates. */
const pathTag = (path: string, type?: 'page' | 'layout') => `_N_T_${path.replace(/\/+$/, '')}${type ? `/${type}` : ''}`

/**
 * With Redis (several instances), the pages are invalidated there before the save answers: Next
 * does it only once the response is sent, so an instance killed in between would leave them for
 * every instance (cache-handler.mjs). A single instance needs nothing more: Next's call reaches its
 * handler, which writes the invalidation to disk, before the response is sent.
 */
async function invalidateSharedPagesNow(tags: string[]): Promise<void> {
  const invalidate = (globalThis as { scenaInvalidatePages?: (tags: string[]) => Promise<void> }).scenaInvalidatePages
  await invalidate?.(tags).catch((error: Error) =>
    console.warn(`[scena] Pages could not be invalidated in Redis now (Next will try again): ${error.message}`),
  )
}

async function askAnAppInstance(changes: PageChange[], everything: boolean): Promise<void> {
  const app = env.SCENA_APP_URL
  if (!app) return
  try {
    const res = await fetch(`${app}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [INTERNAL_TOKEN_HEADER]: internalToken() },
      body: JSON.stringify({ changes, everything }),
      signal: AbortSignal.timeout(10_000),
    })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
  } catch (error) {
    console.warn(`[scena] Pages could not be refreshed through ${app}: ${(error as Error).message}`)
  }
}
