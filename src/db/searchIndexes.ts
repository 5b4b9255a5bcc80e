import { type PostgresAdapterArgs, sql } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'

import type { SearchedFields } from '../collections/content'
import { contentTypes } from '../collections/contentTypes'
import { type ContentCollectionSlug, contentCollectionSlugs } from '../collections/slugs'
import { type Locale, locales } from '../i18n/locales'
import { searchConfigs } from './searchConfigs'

type SQL = ReturnType<typeof sql>
type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

/**
 * A locale's text search configuration (./searchConfigs.ts), inlined into the SQL as a literal,
 * never visitor input: a constant configuration lets PostgreSQL match the GIN indexes and fold the
 * tsquery once.
 */
export const searchConfig = (locale: Locale): SQL => {
  if (!Object.hasOwn(searchConfigs, locale)) throw new Error(`No search configuration for locale ${String(locale)}`)
  return sql.raw(`'${searchConfigs[locale]}'::regconfig`)
}

// Payload's names in PostgreSQL: a collection's table is its slug in snake_case, and so is a column.
export const snakeCase = (name: string) => name.replace(/-/g, '_').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

/** A content type's table of localized fields, one row per entry and locale (`_locale`). */
export const localesTable = (kind: ContentCollectionSlug) => `${snakeCase(kind)}_locales`

/** A searched field's column (of the table aliased `from`, if given), or NULL for a type without it. */
export const searchedColumn = (name: string | null, from?: string): SQL =>
  sql.raw(name ? `${from ? `${from}.` : ''}${snakeCase(name)}` : 'NULL')

/**
 * What the site search matches in `locale` (src/data/search.ts) and what each type's GIN index of
 * that locale is built on: one expression, so that PostgreSQL answers the match from the index.
 * `from` is the alias of the `_locales` table in a query; an index names the columns bare.
 */
export const searchVector = (locale: Locale, fields: SearchedFields, from?: string): SQL => {
  const [title, summary, body] = [fields.title, fields.summary, fields.body].map((f) => searchedColumn(f, from))
  return sql`to_tsvector(${searchConfig(locale)}, scena_search_text(${title}, ${summary}, ${body}))`
}

/** The name of a type's search index of `locale`. */
export const searchIndexName = (kind: ContentCollectionSlug, locale: Locale) => `${localesTable(kind)}_search_${locale}`

/**
 * Payload's `afterSchemaInit` hook: every content type's `_locales` table gets, per locale, a
 * partial GIN index on `searchVector` of its rows in that locale. They are in the schema Payload
 * diffs, so `npm run migrate:create` writes a new type's indexes with its tables.
 */
export const searchIndexes: SchemaHook = ({ extendTable, schema }) => {
  for (const kind of contentCollectionSlugs) {
    const table = schema.tables[localesTable(kind)]
    if (!table) throw new Error(`No table ${localesTable(kind)} for the search indexes of ${kind}`)
    const fields = contentTypes[kind].custom.searched
    extendTable({
      table,
      extraConfig: () =>
        Object.fromEntries(
          locales.map((locale) => [
            `search_${locale}`,
            index(searchIndexName(kind, locale))
              .using('gin', searchVector(locale, fields))
              .where(sql.raw(`_locale = '${locale}'`)),
          ]),
        ),
    })
  }
  return schema
}
