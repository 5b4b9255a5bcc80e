import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The search indexes come from the schema now (src/db/searchIndexes.ts), and this migration's
 * snapshot records them, so that `npm run migrate:create` writes a new content type's indexes with
 * its tables. Until now they were written by hand (20261127_181000_search,
 * 20261205_094000_search_every_type), with the definitions Payload now generates, and were missing
 * from the snapshots: every database that reaches this migration has them already, so it only
 * makes sure of it (`IF NOT EXISTS`: no index is rebuilt, no table locked while the previous build
 * serves). Generated, then edited: the snapshot before this one also lacked `enquiries.from_path`,
 * which 20261205_062225_insights adds, so the generated `ADD COLUMN` is left out here.
 */
const ensure = sql`
  CREATE INDEX IF NOT EXISTS "faqs_locales_search_it" ON "faqs_locales" USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(question, NULL, answer))) WHERE _locale = 'it';
  CREATE INDEX IF NOT EXISTS "faqs_locales_search_en" ON "faqs_locales" USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(question, NULL, answer))) WHERE _locale = 'en';
  CREATE INDEX IF NOT EXISTS "services_locales_search_it" ON "services_locales" USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(title, summary, body))) WHERE _locale = 'it';
  CREATE INDEX IF NOT EXISTS "services_locales_search_en" ON "services_locales" USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(title, summary, body))) WHERE _locale = 'en';
  CREATE INDEX IF NOT EXISTS "kit_items_locales_search_it" ON "kit_items_locales" USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(name, description, NULL))) WHERE _locale = 'it';
  CREATE INDEX IF NOT EXISTS "kit_items_locales_search_en" ON "kit_items_locales" USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(name, description, NULL))) WHERE _locale = 'en';
  CREATE INDEX IF NOT EXISTS "associations_locales_search_it" ON "associations_locales" USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(name, NULL, description))) WHERE _locale = 'it';
  CREATE INDEX IF NOT EXISTS "associations_locales_search_en" ON "associations_locales" USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(name, NULL, description))) WHERE _locale = 'en';`

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(ensure)
}

/** Nothing of its own to undo: the earlier migrations' down() drops the indexes they made. */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {}
