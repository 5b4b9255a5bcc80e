import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search (written by hand: Payload does not model it). Accent-insensitive Italian and
 * English configurations (unaccent before stemming, so "e" finds "è" and highlights the original
 * text), a function giving an entry's searchable text, and per-language GIN indexes.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE TEXT SEARCH CONFIGURATION scena_it (COPY = pg_catalog.italian);
  ALTER TEXT SEARCH CONFIGURATION scena_it ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem;
  CREATE TEXT SEARCH CONFIGURATION scena_en (COPY = pg_catalog.english);
  ALTER TEXT SEARCH CONFIGURATION scena_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

  CREATE FUNCTION scena_search_text(title varchar, summary varchar, body jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce(title, '') || E'\\n' || coalesce(summary, '') || E'\\n' ||
      coalesce((SELECT string_agg(value #>> '{}', ' ') FROM jsonb_path_query(body, 'strict $.**.text') AS value), '');

  CREATE INDEX faqs_locales_search_it ON faqs_locales
    USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(question, NULL, answer))) WHERE _locale = 'it';
  CREATE INDEX faqs_locales_search_en ON faqs_locales
    USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(question, NULL, answer))) WHERE _locale = 'en';
  CREATE INDEX services_locales_search_it ON services_locales
    USING gin (to_tsvector('scena_it'::regconfig, scena_search_text(title, summary, body))) WHERE _locale = 'it';
  CREATE INDEX services_locales_search_en ON services_locales
    USING gin (to_tsvector('scena_en'::regconfig, scena_search_text(title, summary, body))) WHERE _locale = 'en';
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS faqs_locales_search_it, faqs_locales_search_en, services_locales_search_it, services_locales_search_en;
  DROP FUNCTION IF EXISTS scena_search_text(varchar, varchar, jsonb);
  DROP TEXT SEARCH CONFIGURATION IF EXISTS scena_it;
  DROP TEXT SEARCH CONFIGURATION IF EXISTS scena_en;
  `)
}
