import type { Payload } from 'payload'

import type { Locale } from '../i18n/locales'

/** The numbers of GET /api/insights and of the admin's Insights view, for the last `days` days. */
export interface InsightsReport {
  days: number
  pages: Array<{ path: string; locale: Locale; views: number }>
  referrers: Array<{ host: string; views: number }>
  searches: {
    top: Array<{ query: string; locale: Locale; count: number }>
    zeroResults: Array<{ query: string; locale: Locale; count: number }>
  }
  /** `week`: the Monday (UTC) the week starts on; `fromPath`: null for enquiries sent before it was recorded. */
  enquiries: Array<{ week: string; count: number; fromPath: string | null }>
}

/** Rows of the lists that can grow with what visitors type or where they come from. */
export const LIST_LIMIT = 100

/** The first day counted for "the last `days` days", today (UTC) included. */
export const firstDay = (days: number, now = new Date()): string =>
  new Date(now.getTime() - (days - 1) * 86_400_000).toISOString().slice(0, 10)

export async function insightsReport(payload: Payload, days: number, now = new Date()): Promise<InsightsReport> {
  const from = firstDay(days, now)
  const q = <T>(text: string, params: unknown[]) =>
    payload.db.pool.query(text, params).then((result) => result.rows as T[])
  const [pages, referrers, top, zeroResults, enquiries] = await Promise.all([
    q<{ path: string; locale: Locale; views: string }>(
      `SELECT path, locale, sum(views) AS views FROM insights_page_views WHERE day >= $1::date
       GROUP BY path, locale ORDER BY sum(views) DESC, path, locale`,
      [from],
    ),
    q<{ host: string; views: string }>(
      `SELECT referrer_host AS host, sum(views) AS views FROM insights_page_views
       WHERE day >= $1::date AND referrer_host <> ''
       GROUP BY referrer_host ORDER BY sum(views) DESC, referrer_host LIMIT ${LIST_LIMIT}`,
      [from],
    ),
    q<{ query: string; locale: Locale; count: string }>(
      `SELECT query, locale, sum(count) AS count FROM insights_searches WHERE day >= $1::date
       GROUP BY query, locale ORDER BY sum(count) DESC, query, locale LIMIT ${LIST_LIMIT}`,
      [from],
    ),
    q<{ query: string; locale: Locale; count: string }>(
      `SELECT query, locale, sum(count) AS count FROM insights_searches WHERE day >= $1::date AND NOT found
       GROUP BY query, locale ORDER BY sum(count) DESC, query, locale LIMIT ${LIST_LIMIT}`,
      [from],
    ),
    q<{ week: string; count: string; from_path: string | null }>(
      `SELECT to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
         from_path, count(*) AS count
       FROM enquiries WHERE created_at >= $1::date
       GROUP BY 1, from_path ORDER BY 1 DESC, count(*) DESC, from_path`,
      [from],
    ),
  ])
  return {
    days,
    pages: pages.map((r) => ({ path: r.path, locale: r.locale, views: Number(r.views) })),
    referrers: referrers.map((r) => ({ host: r.host, views: Number(r.views) })),
    searches: {
      top: top.map((r) => ({ query: r.query, locale: r.locale, count: Number(r.count) })),
      zeroResults: zeroResults.map((r) => ({ query: r.query, locale: r.locale, count: Number(r.count) })),
    },
    enquiries: enquiries.map((r) => ({ week: r.week, count: Number(r.count), fromPath: r.from_path })),
  }
}

/** Views per day of each page (path), oldest day first, zeros included: the admin view's charts. */
export async function dailyViews(payload: Payload, days: number, now = new Date()): Promise<Map<string, number[]>> {
  const from = firstDay(days, now)
  const { rows } = await payload.db.pool.query(
    `SELECT path, to_char(day, 'YYYY-MM-DD') AS day, sum(views) AS views FROM insights_page_views
     WHERE day >= $1::date GROUP BY path, day`,
    [from],
  )
  const index = new Map(Array.from({ length: days }, (_, i) => [firstDay(days - i, now), i] as const))
  const series = new Map<string, number[]>()
  for (const row of rows as Array<{ path: string; day: string; views: string }>) {
    const i = index.get(row.day)
    if (i === undefined) continue
    const values = series.get(row.path) ?? Array<number>(days).fill(0)
    values[i] = Number(row.views)
    series.set(row.path, values)
  }
  return series
}

/** English page views per public path in the last `days` days: what the Translations view sorts by. */
export async function englishViews(payload: Payload, days = 30, now = new Date()): Promise<Map<string, number>> {
  const { rows } = await payload.db.pool.query(
    `SELECT path, sum(views) AS views FROM insights_page_views WHERE day >= $1::date AND locale = 'en' GROUP BY path`,
    [firstDay(days, now)],
  )
  return new Map((rows as Array<{ path: string; views: string }>).map((r) => [r.path, Number(r.views)]))
}

/** One table of the report as CSV (RFC 4180, a header line, CRLF). */
export type InsightsTable = 'pages' | 'referrers' | 'searches' | 'zero-results' | 'enquiries'
export const insightsTables: readonly InsightsTable[] = ['pages', 'referrers', 'searches', 'zero-results', 'enquiries']

const cell = (value: unknown): string => {
  let text = value === null || value === undefined ? '' : String(value)
  // A spreadsheet would run a cell starting with one of these as a formula.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function insightsCsv(report: InsightsReport, table: InsightsTable): string {
  const rows: unknown[][] =
    table === 'pages'
      ? [['path', 'locale', 'views'], ...report.pages.map((r) => [r.path, r.locale, r.views])]
      : table === 'referrers'
        ? [['host', 'views'], ...report.referrers.map((r) => [r.host, r.views])]
        : table === 'searches'
          ? [['query', 'locale', 'count'], ...report.searches.top.map((r) => [r.query, r.locale, r.count])]
          : table === 'zero-results'
            ? [['query', 'locale', 'count'], ...report.searches.zeroResults.map((r) => [r.query, r.locale, r.count])]
            : [['week', 'fromPath', 'count'], ...report.enquiries.map((r) => [r.week, r.fromPath, r.count])]
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
