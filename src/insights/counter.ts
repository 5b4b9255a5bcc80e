import type { Payload } from 'payload'

import type { Locale } from '../i18n/locales'
import { insightsFlushMs, insightsMaxNewKeysPerMinute, insightsRetentionDays } from './settings'

/**
 * The counts of this instance, gathered in memory and written to PostgreSQL at most every
 * INSIGHTS_FLUSH_SECONDS (10) and when the server stops (scripts/serve.ts calls the flush
 * registered below on SIGTERM): a page view costs no database write. A crash loses at most the
 * counts of those seconds. Each write adds to what is there (`count = count + excluded.count`), so
 * any number of instances can write the same keys.
 */

const SEP = '\u0000'
type Pending = { views: Map<string, number>; searches: Map<string, number> }
interface CounterState {
  pending: Pending
  windowStart: number
  newKeysInWindow: number
  timer: NodeJS.Timeout | undefined
  flushing: Promise<void> | undefined
  lastRetention: number
  boundPayload: Payload | undefined
}
/**
 * One state per process, on `globalThis`: the beacon's route handler, Payload's endpoint and the
 * server's SIGTERM flush may each load their own copy of this module (separate bundles), and the
 * counts must be one set, written once.
 */
const shared = globalThis as { scenaInsightsCounter?: CounterState }
const state: CounterState = (shared.scenaInsightsCounter ??= {
  pending: { views: new Map(), searches: new Map() },
  windowStart: 0,
  newKeysInWindow: 0,
  timer: undefined,
  flushing: undefined,
  lastRetention: 0,
  boundPayload: undefined,
})

/** Today as PostgreSQL's `date` (UTC). */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10)

/** True when another new key may be counted this minute (then it is reserved). */
function admitNewKey(): boolean {
  const now = Date.now()
  if (now - state.windowStart >= 60_000) {
    state.windowStart = now
    state.newKeysInWindow = 0
  }
  if (state.newKeysInWindow >= insightsMaxNewKeysPerMinute()) return false
  state.newKeysInWindow++
  return true
}

function add(map: Map<string, number>, key: string): boolean {
  const current = map.get(key)
  if (current === undefined && !admitNewKey()) return false
  map.set(key, (current ?? 0) + 1)
  return true
}

export interface PageView {
  path: string
  locale: Locale
  referrerHost: string
}
export interface Search {
  locale: Locale
  query: string
  found: boolean
}

/**
 * Counts one page view (and the search it showed, if any). False when the per-minute bound on new
 * keys refused it: nothing was counted.
 */
export function countView(payload: Payload, view: PageView, search?: Search, day = today()): boolean {
  schedule(payload)
  const viewKey = [day, view.path, view.locale, view.referrerHost].join(SEP)
  if (!add(state.pending.views, viewKey)) return false
  if (search) add(state.pending.searches, [day, search.locale, search.query, search.found ? '1' : '0'].join(SEP))
  return true
}

function schedule(payload: Payload): void {
  state.boundPayload = payload
  if (state.timer) return
  state.timer = setInterval(
    () =>
      void flushInsights(payload).catch((error: unknown) =>
        payload.logger.warn(`Insights not written yet (kept for the next flush): ${String(error)}`),
      ),
    insightsFlushMs(),
  )
  state.timer.unref()
}

const columns = (map: Map<string, number>) => [...map].map(([key, count]) => [...key.split(SEP), count] as const)

async function write(payload: Payload, batch: Pending): Promise<void> {
  const pool = payload.db.pool
  if (batch.views.size) {
    const rows = columns(batch.views)
    await pool.query(
      `INSERT INTO insights_page_views (day, path, locale, referrer_host, views)
       SELECT * FROM unnest($1::date[], $2::varchar[], $3::varchar[], $4::varchar[], $5::int[])
       ON CONFLICT (day, path, locale, referrer_host)
       DO UPDATE SET views = insights_page_views.views + excluded.views`,
      [0, 1, 2, 3, 4].map((i) => rows.map((row) => row[i])),
    )
  }
  if (batch.searches.size) {
    const rows = columns(batch.searches)
    await pool.query(
      `INSERT INTO insights_searches (day, locale, query, found, count)
       SELECT * FROM unnest($1::date[], $2::varchar[], $3::varchar[], $4::boolean[], $5::int[])
       ON CONFLICT (day, locale, query, found)
       DO UPDATE SET count = insights_searches.count + excluded.count`,
      [
        rows.map((row) => row[0]),
        rows.map((row) => row[1]),
        rows.map((row) => row[2]),
        rows.map((row) => row[3] === '1'),
        rows.map((row) => row[4]),
      ],
    )
  }
}

/** Deletes the days older than INSIGHTS_RETENTION_DAYS (from the flush, at most once an hour per instance). */
export async function deleteExpiredInsights(payload: Payload, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - insightsRetentionDays() * 86_400_000)
  const day = today(cutoff)
  await payload.db.pool.query('DELETE FROM insights_page_views WHERE day < $1::date', [day])
  await payload.db.pool.query('DELETE FROM insights_searches WHERE day < $1::date', [day])
}

/**
 * Writes what was counted since the last flush. When the database cannot be reached the counts
 * are kept for the next attempt (new keys still bounded per minute).
 */
export async function flushInsights(payload: Payload | undefined = state.boundPayload): Promise<void> {
  if (!payload) return
  // One flush at a time; a failed one is not this one's failure (its counts were put back).
  while (state.flushing) await state.flushing.catch(() => undefined)
  const batch = state.pending
  state.pending = { views: new Map(), searches: new Map() }
  const flushing = (async () => {
    try {
      await write(payload, batch)
    } catch (error) {
      const { pending } = state
      for (const [key, count] of batch.views) pending.views.set(key, (pending.views.get(key) ?? 0) + count)
      for (const [key, count] of batch.searches) pending.searches.set(key, (pending.searches.get(key) ?? 0) + count)
      throw error
    }
    if (Date.now() - state.lastRetention > 3_600_000) {
      state.lastRetention = Date.now()
      await deleteExpiredInsights(payload)
    }
  })()
  state.flushing = flushing
  try {
    await flushing
  } finally {
    state.flushing = undefined
  }
}

/** Counts not yet written (tests, and the shutdown log). */
export const pendingInsights = (): number => state.pending.views.size + state.pending.searches.size

/** Forgets the per-minute bound (tests). */
export const resetInsightsBound = (): void => {
  state.windowStart = 0
  state.newKeysInWindow = 0
}

/** Stops the timer (tests; the server's stop calls the flush below). */
export function stopInsightsTimer(): void {
  if (state.timer) clearInterval(state.timer)
  state.timer = undefined
}

/**
 * Where scripts/serve.ts finds the flush on SIGTERM: the app's bundle has its own copy of this
 * module, so the server reaches it through the process-wide symbol rather than an import.
 */
export const INSIGHTS_FLUSH = Symbol.for('scena.insights.flush')
;(globalThis as Record<symbol, unknown>)[INSIGHTS_FLUSH] = async () => {
  stopInsightsTimer()
  await flushInsights()
}
