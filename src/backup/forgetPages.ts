import { existsSync } from 'node:fs'
import path from 'node:path'

import { createClient } from 'redis'

import { readPageCacheState, writePageCacheState } from '../topology/page-cache-state.mjs'
import { purgeEdge } from '../topology/edge/purge'
import { env } from '../env'

/**
 * After a restore the database holds other content than the cached pages were made from, and no
 * save said so: every cached page is forgotten — the single instance's (nothing cached before now
 * is served, src/topology/page-cache-state.mjs), Redis' (REDIS_URL: Scena's keys deleted) and the edge's
 * (SCENA_EDGE_URL: every page banned).
 */
export async function forgetCachedPages(projectRoot: string, log: (line: string) => void): Promise<void> {
  const serverDir = path.join(projectRoot, '.next', 'server')
  if (existsSync(serverDir)) {
    const state = readPageCacheState(serverDir)
    writePageCacheState(serverDir, { identity: state?.identity ?? '', notBefore: Date.now(), tags: state?.tags ?? {} })
  }
  if (env.REDIS_URL) {
    const client = createClient({ url: env.REDIS_URL })
    await client.connect()
    try {
      for await (const keys of client.scanIterator({ MATCH: 'scena:*', COUNT: 500 }))
        if (keys.length) await client.unlink(keys)
    } finally {
      await client.quit()
    }
  }
  await purgeEdge([], { everything: true })
  log('Cached pages forgotten: every page is rendered again from the restored content.')
}
