import type { Payload } from 'payload'

import { migrations } from '../migrations'

type Migration = (typeof migrations)[number]

/** A data migration has `_data_` after its timestamp (`npm run migrate:create -- data_…`). */
export const isDataMigration = (name: string) => /^\d{8}_\d{6}_data_/.test(name)

/**
 * Schema migrations in their order, then data migrations in theirs. A data migration calls today's
 * code (the Local API with today's collections), which needs today's schema: on a database several
 * releases old, a data migration written before a later schema migration would otherwise run
 * against columns that do not exist yet.
 */
export const inRunOrder = (list: readonly Migration[]): Migration[] => [
  ...list.filter((m) => !isDataMigration(m.name)),
  ...list.filter((m) => isDataMigration(m.name)),
]

/**
 * Applies the committed migrations (or those of `list`) that are not recorded yet. They are passed
 * in rather than read from disk so that any loader (tsx, Next, Vitest) runs the same list.
 */
export async function runMigrations(payload: Payload, list: readonly Migration[] = migrations): Promise<void> {
  // `as never`: the adapter's `migrate` types its list as its own internal migration type, which
  // Payload does not export; a committed migration is exactly that at run time.
  await payload.db.migrate({ migrations: inRunOrder(list) as never })
}
