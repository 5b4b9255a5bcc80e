import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-postgres'

import { upgradeContent } from '../db/upgradeContent'

/**
 * A data migration (`_data_`: run after every schema migration, see src/db/migrate.ts): issue 24's
 * corrections to the seed's text (seed revision `2026-12-05-native-third-pass`), applied where the
 * coordinator never edited it, with the renamed slugs' former addresses redirecting (301) to the
 * entries, the association's website filled in if empty, and the glossary's terms and notes brought
 * up to date. It runs the same upgrade as the first data migration, which does only what is still
 * missing: on a database that migration already brought to this revision, it changes nothing.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  await upgradeContent(payload, req, (line) => payload.logger.info(line))
}

/** Nothing to undo: the earlier text stays superseded, and an edited field was never touched. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
