import path from 'node:path'
import { fileURLToPath } from 'node:url'

import nextEnv from '@next/env'

import { provideDatabase, type ProvidedDatabase } from '../db/provide'
import { assertEnvironment, env, setEnv } from '../env'
import { developmentSecret } from './secret'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const dataDir = path.join(projectRoot, '.data')

export type Mode = 'development' | 'production'

/**
 * Everything the app needs before Payload loads: `.env` files, NODE_ENV, the secret and a running
 * database whose URL is put in DATABASE_URL for Payload and Next alike.
 */
export async function prepareEnvironment(
  mode: Mode,
  { requireSecret }: { requireSecret: boolean },
): Promise<ProvidedDatabase> {
  setEnv({ NODE_ENV: mode })
  nextEnv.loadEnvConfig(projectRoot, mode === 'development')
  assertEnvironment((line) => console.warn(`[scena] ${line}`))

  if (!env.PAYLOAD_SECRET) {
    if (requireSecret) {
      throw new Error(
        'PAYLOAD_SECRET is required in production: set it to a long random string (e.g. `openssl rand -hex 32`) ' +
          'and keep it the same across restarts, or sessions and API keys stop working.',
      )
    }
    setEnv({ PAYLOAD_SECRET: await developmentSecret(dataDir) })
  }

  const db = await provideDatabase(projectRoot)
  setEnv({ DATABASE_URL: db.url })
  return db
}

/**
 * Node flags of a production server process. V8 sizes its heap from the machine's memory (about
 * 4 GB here) and keeps what it grew to under load: RSS climbed from ~350 MB to ~780 MB over three
 * rounds of load with a flat live heap (~115 MB). A fixed ceiling keeps it near 350–400 MB
 * (bench/hardening.ts); SCENA_MAX_HEAP_MB changes it.
 */
export function serverNodeFlags(): string[] {
  return [`--max-old-space-size=${env.SCENA_MAX_HEAP_MB}`]
}
