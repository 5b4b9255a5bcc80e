// Next's page and data cache in Redis, shared by every app instance (next.config.ts uses this file
// only when REDIS_URL is set): a page revalidated on one instance is fresh on all of them.
// @fortedigital/nextjs-cache-handler is a maintained handler for Next 16; see README "Running on
// several machines".
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from 'redis'

import { pageCacheIdentity } from './page-cache-state.mjs'
import { processEnvironment } from '../environment.mjs'

// Entries of one build are never read by another (a rollout runs old and new side by side), nor by
// a process started for another address, secret or database (page-cache-state.mjs): the key prefix
// names all of them. Invalidations are kept in Redis itself (the library's tag records), so an
// instance that restarts reads them; a restarted Redis starts empty (the cluster runs it without
// persistence), so it holds nothing that was invalidated.
const buildId = (() => {
  try {
    return readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim()
  } catch {
    return 'build'
  }
})()

CacheHandler.onCreation(async () => {
  // One Redis connection per process, however many times Next creates the handler.
  globalThis.scenaCacheHandlerConfig ??= (async () => {
    const client = createClient({ url: processEnvironment().REDIS_URL, pingInterval: 10_000 })
    // A Redis outage makes every lookup a miss (pages are rendered afresh), never an error page.
    client.on('error', (error) => console.warn(`[scena] Redis cache: ${error.message}`))
    await client.connect()
    return {
      handlers: [
        createRedisHandler({ client, keyPrefix: `scena:${buildId}:${pageCacheIdentity()}:`, timeoutMs: 1000 }),
      ],
    }
  })()
  return globalThis.scenaCacheHandlerConfig
})

/**
 * Invalidates pages in Redis now, for a save that must not answer before its pages are gone
 * (src/topology/refresh.ts): Next invalidates them too, but only after the response is sent, so an
 * instance killed in between would leave them in Redis for every instance to serve.
 */
globalThis.scenaInvalidatePages = async (tags) => {
  const config = await globalThis.scenaCacheHandlerConfig
  await Promise.all((config?.handlers ?? []).flatMap((handler) => tags.map((tag) => handler.revalidateTag(tag))))
}

export default CacheHandler
