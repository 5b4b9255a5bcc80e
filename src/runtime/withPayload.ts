import type { Payload } from 'payload'

import { runMigrations } from '../db/migrate'
import { closePayload } from '../db/pool'
import { loadPayloadConfig } from './loadConfig'

/**
 * For scripts: loads Payload (config read from the environment now), applies pending migrations,
 * runs `work`, and always closes Payload and its connection pool afterwards.
 */
export async function withMigratedPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  const config = await loadPayloadConfig()
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  try {
    await runMigrations(payload)
    return await work(payload)
  } finally {
    await closePayload(payload)
  }
}
