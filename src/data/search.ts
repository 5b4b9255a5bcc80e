import { sql } from '@payloadcms/db-postgres'

import type { SearchedFields } from '../collections/content'
import { contentTypes } from '../collections/contentTypes'
import { type ContentCollectionSlug, contentCollectionSlugs } from '../collections/slugs'
import { localesTable, searchConfig, searchedColumn, searchVector, snakeCase } from '../db/searchIndexes'
import type { Locale } from '../i18n/locales'
import { normalizeQuery } from '../search/query'
import { payloadClient } from './client'
import { env } from '../env'

/** Text with the matched words marked, as parts to render (never raw HTML). */
export type Highlighted = Array<{ text: string; match: boolean }>

export interface SearchHit {
  /** The content type: its pages are in src/routing/table.ts. */
  kind: ContentCollectionSlug
  id: number
  slug: string
  title: Highlighted
  snippet: Highlighted
  rank: number
}

/** What the search page shows: the text actually searched, and its hits or "took too long". */
export type SearchResult = { query: string; ignoredTerms: number } & (
  { status: 'ok'; hits: SearchHit[] } | { status: 'timeout' }
)

type SQL = ReturnType<typeof sql>

const START = '\u0001'
const STOP = '\u0002'

/** `SEARCH_TIMEOUT_MS`: how long one search query may run in PostgreSQL (default 1000 ms). */
export function searchTimeoutMs(): number {
  return env.SEARCH_TIMEOUT_MS
}

/** The search ran longer than `SEARCH_TIMEOUT_MS` and PostgreSQL cancelled it. */
export class SearchTimeoutError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The search query took too long and was cancelled', options)
    this.name = 'SearchTimeoutError'
  }
}

export function splitHighlights(text: string): Highlighted {
  const parts: Highlighted = []
  for (const piece of text.split(START)) {
    const [matched, rest] = piece.includes(STOP) ? piece.split(STOP) : [undefined, piece]
    if (matched) parts.push({ text: matched, match: true })
    if (rest) parts.push({ text: rest, match: false })
  }
  return parts
}

type Row = { kind: ContentCollectionSlug; id: number; slug: string; title: string; snippet: string; rank: number }

const isQueryCanceled = (error: unknown): boolean => {
  // node-postgres' error, possibly wrapped by drizzle (DrizzleQueryError.cause)
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '57014') return true
  }
  return false
}

const column = (name: string | null) => searchedColumn(name, 'l')

/**
 * One content type's matches in `locale`: `searchVector`, the expression its GIN index of that
 * locale is built on (src/db/searchIndexes.ts), so PostgreSQL answers the match from the index.
 */
function typeMatches(kind: ContentCollectionSlug, fields: SearchedFields, locale: Locale, tsquery: SQL): SQL {
  const config = searchConfig(locale)
  const table = sql.raw(snakeCase(kind))
  const locales = sql.raw(localesTable(kind))
  const lang = sql.raw(`'${locale}'`)
  const title = column(fields.title)
  const vector = searchVector(locale, fields, 'l')
  return sql`
    SELECT ${kind}::text AS kind, t.id, l.slug, ${title} AS title_text,
      scena_search_text(NULL, ${column(fields.summary)}, ${column(fields.body)}) AS body_text,
      ts_rank(${vector}, ${tsquery})
        + CASE WHEN to_tsvector(${config}, ${title}) @@ ${tsquery} THEN 1 ELSE 0 END AS rank
    FROM ${table} t JOIN ${locales} l ON l._parent_id = t.id AND l._locale = ${lang}
    WHERE t._status = 'published' AND ${title} IS NOT NULL AND l.slug IS NOT NULL
      AND ${vector} @@ ${tsquery}`
}

/**
 * The search of `text` (already bounded) in `locale` over every content type
 * (src/collections/contentTypes.ts): PostgreSQL full-text search with that language's stemming,
 * accent-insensitive, over each type's title, summary and rich text, title matches first.
 */
export function searchStatement(locale: Locale, text: string, limit: number): SQL {
  const config = searchConfig(locale)
  const tsquery = sql`websearch_to_tsquery(${config}, ${text})`
  const options = `StartSel=${START},StopSel=${STOP},MaxFragments=2,MaxWords=24,MinWords=10,FragmentDelimiter= … `
  const titleOptions = `StartSel=${START},StopSel=${STOP},HighlightAll=true`
  const matches = sql.join(
    contentCollectionSlugs.map((kind) => typeMatches(kind, contentTypes[kind].custom.searched, locale, tsquery)),
    sql` UNION ALL `,
  )
  // Rank everything, keep the best `limit`, and only then build the (costly) highlights. The
  // tsquery is written out where it is used (not joined from a CTE) so that the planner sees a
  // constant and answers the match from the GIN index instead of parsing every entry.
  return sql`
    WITH best AS (
      SELECT * FROM (${matches}) hits
      ORDER BY rank DESC, kind, id
      LIMIT ${limit}
    )
    SELECT kind, id, slug, rank,
      ts_headline(${config}, title_text, ${tsquery}, ${titleOptions}) AS title,
      ts_headline(${config}, body_text, ${tsquery}, ${options}) AS snippet
    FROM best
    ORDER BY rank DESC, kind, id
  `
}

/**
 * Published entries of every content type matching `query` in the visitor's language
 * (searchStatement). Uncached; the query runs under a statement timeout of `SEARCH_TIMEOUT_MS`
 * and throws SearchTimeoutError past it.
 */
export async function searchContent(locale: Locale, query: string, limit = 30): Promise<SearchHit[]> {
  const { text } = normalizeQuery(query)
  if (!text) return []
  const statement = searchStatement(locale, text, limit)
  const db = (await payloadClient()).db.drizzle
  let rows: Row[]
  try {
    // SET LOCAL: the timeout applies to this transaction only, never to the pooled connection.
    rows = await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('statement_timeout', ${String(searchTimeoutMs())}, true)`)
      return (await tx.execute<Row>(statement)).rows
    })
  } catch (error) {
    if (isQueryCanceled(error)) throw new SearchTimeoutError({ cause: error })
    throw error
  }
  return rows.map((row) => ({
    kind: row.kind,
    id: Number(row.id),
    slug: row.slug,
    title: splitHighlights(row.title),
    snippet: splitHighlights(row.snippet.trim()),
    rank: Number(row.rank),
  }))
}

/*
 * Not cached here: each search has its own results page (/<locale>/search/<token>), which the page
 * cache keeps — in memory and bounded on a single instance (src/topology/local-cache-handler.mjs), in Redis
 * with several — and the edge too (npm run start:cluster); all of them drop it on publish.
 */
/** The search page's data: the bounded query, its hits from the database, or "timeout". */
export async function searchSite(locale: Locale, raw: string): Promise<SearchResult> {
  const { text, ignoredTerms } = normalizeQuery(raw)
  if (!text) return { status: 'ok', query: text, ignoredTerms, hits: [] }
  try {
    const hits = await searchContent(locale, text)
    return { status: 'ok', query: text, ignoredTerms, hits }
  } catch (error) {
    if (error instanceof SearchTimeoutError || isQueryCanceled(error)) {
      return { status: 'timeout', query: text, ignoredTerms }
    }
    throw error
  }
}
