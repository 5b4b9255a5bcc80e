/**
 * Insights (issue 25): cookieless, aggregate page and search counts. Read from the environment
 * each time, so tests and operators can change them without a rebuild.
 */
import { env } from '../env'

/** `INSIGHTS_ENABLED=false` switches counting off (the beacon is answered and forgotten). */
export const insightsEnabled = (): boolean => env.INSIGHTS_ENABLED

/** Days of counts kept (`INSIGHTS_RETENTION_DAYS`, default 400): older days are deleted. */
export const insightsRetentionDays = (): number => env.INSIGHTS_RETENTION_DAYS

/** How often the counts gathered in memory are written to PostgreSQL (`INSIGHTS_FLUSH_SECONDS`, default 10). */
export const insightsFlushMs = (): number => env.INSIGHTS_FLUSH_SECONDS * 1000

/**
 * Distinct new keys (day × page × language × referrer, or day × search) one instance accepts per
 * minute (`INSIGHTS_MAX_NEW_KEYS_PER_MINUTE`, default 1000): made-up referrers or searches cannot
 * grow the tables faster than that. Counting a key already pending is always accepted.
 */
export const insightsMaxNewKeysPerMinute = (): number => env.INSIGHTS_MAX_NEW_KEYS_PER_MINUTE

/** Periods the admin view and the API offer, in days. */
export const insightsPeriods = [7, 30, 90] as const
/** The longest period the API answers (`days` from 1 to this). */
export const MAX_INSIGHTS_DAYS = 400
