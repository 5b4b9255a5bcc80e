import { sql } from '@payloadcms/db-postgres'

import type { Locale } from '../i18n/locales'
import { payloadClient } from './client'

/** Text with the matched words marked, as parts to render (never raw HTML). */
export type Highlighted = Array<{ text: string; match: boolean }>

export interface SearchHit {
  kind: 'faq' | 'service'
  id: number
  slug: string
  title: Highlighted
  snippet: Highlighted
  rank: number
}

const START = '\u0001'
const STOP = '\u0002'
const configs: Record<Locale, string> = { it: 'scena_it', en: 'scena_en' }
export const MAX_QUERY_LENGTH = 200

export function splitHighlights(text: string): Highlighted {
  const parts: Highlighted = []
  for (const piece of text.split(START)) {
    const [matched, rest] = piece.includes(STOP) ? piece.split(STOP) : [undefined, piece]
    if (matched) parts.push({ text: matched, match: true })
    if (rest) parts.push({ text: rest, match: false })
  }
  return parts
}

type Row = { kind: 'faq' | 'service'; id: number; slug: string; title: string; snippet: string; rank: number }

/**
 * Published FAQs and services matching `query` in the visitor's language: PostgreSQL full-text
 * search with that language's stemming, accent-insensitive, title matches first.
 */
export async function searchContent(locale: Locale, query: string, limit = 30): Promise<SearchHit[]> {
  const text = query.trim().slice(0, MAX_QUERY_LENGTH)
  if (!text) return []
  const payload = await payloadClient()
  const config = configs[locale]
  const options = `StartSel=${START},StopSel=${STOP},MaxFragments=2,MaxWords=24,MinWords=10,FragmentDelimiter= … `
  const titleOptions = `StartSel=${START},StopSel=${STOP},HighlightAll=true`
  const db = (payload.db as unknown as { drizzle: { execute: (query: unknown) => Promise<{ rows: Row[] }> } }).drizzle
  // Rank everything, keep the best `limit`, and only then build the (costly) highlights.
  const { rows } = await db.execute(sql`
    WITH q AS (SELECT websearch_to_tsquery(${config}::regconfig, ${text}) AS query),
    best AS (
      SELECT * FROM (
        SELECT 'faq' AS kind, f.id, l.slug, l.question AS title_text,
          scena_search_text(NULL, NULL, l.answer) AS body_text,
          ts_rank(to_tsvector(${config}::regconfig, scena_search_text(l.question, NULL, l.answer)), q.query)
            + CASE WHEN to_tsvector(${config}::regconfig, l.question) @@ q.query THEN 1 ELSE 0 END AS rank
        FROM faqs f JOIN faqs_locales l ON l._parent_id = f.id AND l._locale = ${locale}, q
        WHERE f._status = 'published' AND l.question IS NOT NULL AND l.slug IS NOT NULL
          AND to_tsvector(${config}::regconfig, scena_search_text(l.question, NULL, l.answer)) @@ q.query
        UNION ALL
        SELECT 'service', s.id, l.slug, l.title, scena_search_text(NULL, l.summary, l.body),
          ts_rank(to_tsvector(${config}::regconfig, scena_search_text(l.title, l.summary, l.body)), q.query)
            + CASE WHEN to_tsvector(${config}::regconfig, l.title) @@ q.query THEN 1 ELSE 0 END
        FROM services s JOIN services_locales l ON l._parent_id = s.id AND l._locale = ${locale}, q
        WHERE s._status = 'published' AND l.title IS NOT NULL AND l.slug IS NOT NULL
          AND to_tsvector(${config}::regconfig, scena_search_text(l.title, l.summary, l.body)) @@ q.query
      ) hits
      ORDER BY rank DESC, kind, id
      LIMIT ${limit}
    )
    SELECT kind, id, slug, rank,
      ts_headline(${config}::regconfig, title_text, q.query, ${titleOptions}) AS title,
      ts_headline(${config}::regconfig, body_text, q.query, ${options}) AS snippet
    FROM best, q
    ORDER BY rank DESC, kind, id
  `)
  return rows.map((row) => ({
    kind: row.kind,
    id: Number(row.id),
    slug: row.slug,
    title: splitHighlights(row.title),
    snippet: splitHighlights(row.snippet.trim()),
    rank: Number(row.rank),
  }))
}
