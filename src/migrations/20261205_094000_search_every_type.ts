import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The site search covers kit items and associations too (written by hand, as
 * 20261127_181000_search): per-language GIN indexes on the expression src/data/search.ts matches,
 * `scena_search_text(title, summary, body)` of the fields src/collections/content.ts searches.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX kit_items_locales_search_it ON kit_items_locales
    USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(name, description, NULL))) WHERE _locale = 'it';
  CREATE INDEX kit_items_locales_search_en ON kit_items_locales
    USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(name, description, NULL))) WHERE _locale = 'en';
  CREATE INDEX associations_locales_search_it ON associations_locales
    USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(name, NULL, description))) WHERE _locale = 'it';
  CREATE INDEX associations_locales_search_en ON associations_locales
    USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(name, NULL, description))) WHERE _locale = 'en';
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS kit_items_locales_search_it, kit_items_locales_search_en,
    associations_locales_search_it, associations_locales_search_en;
  `)
}
