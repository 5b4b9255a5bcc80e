import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../../src/db/embedded'
import { testEnv } from './env'
import { freePort } from './freePort'
import { makeTempDir, removeDir } from './tempDir'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    mediaDir: string
  }
}

/**
 * One real, throwaway PostgreSQL for the whole run (never the development data): started in a
 * temp dir, migrated with the committed migrations, removed afterwards.
 */
export default async function setup(project: TestProject) {
  const dir = await makeTempDir('test')
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'postgres'),
    port: await freePort(),
    database: 'scena_test',
  })
  const mediaDir = path.join(dir, 'media')
  Object.assign(process.env, testEnv(db.url, mediaDir))

  const [{ getPayload }, { default: config }, { closePayload }, { runMigrations }] = await Promise.all([
    import('payload'),
    import('../../../payload.config'),
    import('../../../src/db/pool'),
    import('../../../src/db/migrate'),
  ])
  const payload = await getPayload({ config })
  await runMigrations(payload)
  await closePayload(payload)

  project.provide('databaseUrl', db.url)
  project.provide('mediaDir', mediaDir)

  return async () => {
    await db.stop()
    await removeDir(dir)
  }
}
