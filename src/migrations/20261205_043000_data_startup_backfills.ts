import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { upgradeContent } from '../db/upgradeContent'

/**
 * A data migration (`_data_` in its name: run after every schema migration, see src/db/migrate.ts):
 * the backfills and seed revisions every start-up used to run, done once and recorded in
 * payload_migrations like any migration.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await upgradeContent(payload, req, (line) => payload.logger.info(line))
}

/** Nothing to undo: the data it fills in is what today's code computes for every entry anyway. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
