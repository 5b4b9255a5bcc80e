import pg from 'pg'

import { embeddedUrl } from '../db/embedded'
import type { ProvidedDatabase } from '../db/provide'
import { env, setEnv } from '../env'
import { prepareEnvironment } from './environment'

/**
 * The database for a maintenance script (backup, restore): DATABASE_URL; else the embedded server
 * the running site already started (a backup must not stop the site); else the embedded server,
 * started for the script and stopped after it.
 */
export async function scriptDatabase(): Promise<ProvidedDatabase> {
  if (!env.DATABASE_URL) {
    const running = embeddedUrl(env.EMBEDDED_PG_PORT, 'scena')
    const probe = new pg.Client({ connectionString: running, connectionTimeoutMillis: 2000 })
    const reachable = await probe.connect().then(
      () => true,
      () => false,
    )
    await probe.end().catch(() => undefined)
    if (reachable) setEnv({ DATABASE_URL: running })
  }
  return prepareEnvironment('production', { requireSecret: false })
}
