import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The search indexes come from the schema now (src/db/searchIndexes.ts), and this migration's
 * snapshot records them, so that `npm run migrate:create` writes a new content type's indexes with
 * its tables. Until now they were written by hand (20261127_181000_search,
 * 20261205_094000_search_every_type) and missing from the snapshots: the eight are dropped and
 * created again as Payload generates them (the same definitions). Generated, then edited: the
 * snapshot before this one also lacked `enquiries.from_path`, which 20261205_062225_insights adds,
 * so the generated `ADD COLUMN` is left out here.
 */
const rebuild = sql`
  DROP INDEX IF EXISTS faqs_locales_search_it, faqs_locales_search_en, services_locales_search_it,
    services_locales_search_en, kit_items_locales_search_it, kit_items_locales_search_en,
    associations_locales_search_it, associations_locales_search_en;
  CREATE INDEX "faqs_locales_search_it" ON "faqs_locales" USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(question, NULL, answer))) WHERE _locale = 'it';
  CREATE INDEX "faqs_locales_search_en" ON "faqs_locales" USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(question, NULL, answer))) WHERE _locale = 'en';
  CREATE INDEX "services_locales_search_it" ON "services_locales" USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(title, summary, body))) WHERE _locale = 'it';
  CREATE INDEX "services_locales_search_en" ON "services_locales" USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(title, summary, body))) WHERE _locale = 'en';
  CREATE INDEX "kit_items_locales_search_it" ON "kit_items_locales" USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(name, description, NULL))) WHERE _locale = 'it';
  CREATE INDEX "kit_items_locales_search_en" ON "kit_items_locales" USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(name, description, NULL))) WHERE _locale = 'en';
  CREATE INDEX "associations_locales_search_it" ON "associations_locales" USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(name, NULL, description))) WHERE _locale = 'it';
  CREATE INDEX "associations_locales_search_en" ON "associations_locales" USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(name, NULL, description))) WHERE _locale = 'en';`

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(rebuild)
}

/** Back to the indexes the earlier migrations wrote by hand: the same definitions (their own down() drops them). */
export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(rebuild)
}
