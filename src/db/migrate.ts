import type { Payload } from 'payload'

import { migrations } from '../migrations'

/**
 * Applies the committed migrations. They are passed in rather than read from disk so that any
 * loader (tsx, Next, Vitest) runs the same list.
 */
export async function runMigrations(payload: Payload): Promise<void> {
  await payload.db.migrate({ migrations: migrations as never })
}
