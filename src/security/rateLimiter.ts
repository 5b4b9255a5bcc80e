import type { Payload } from 'payload'
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible'

export { RateLimiterRes }

export interface LimitOptions {
  /** Distinguishes one limit's counters from another's in the shared table. */
  keyPrefix: string
  points: number
  durationSeconds: number
}

const limiters = new Map<string, RateLimiterPostgres>()

/**
 * A rate limit whose counters live in PostgreSQL (table `rate_limits`, created by a migration), so
 * every app instance counts the same visitor together: going to another instance does not multiply
 * the limit. One counter update per check, atomic in the database.
 */
export function sharedLimiter(payload: Payload, options: LimitOptions): RateLimiterPostgres {
  let limiter = limiters.get(options.keyPrefix)
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: payload.db.pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix: options.keyPrefix,
      points: options.points,
      duration: options.durationSeconds,
    })
    limiters.set(options.keyPrefix, limiter)
  }
  return limiter
}

/** Seconds until a refused caller may try again (at least 1). */
export const secondsToWait = (res: RateLimiterRes): number => Math.max(1, Math.ceil(res.msBeforeNext / 1000))

/** Counts one point for `key`; the seconds to wait when the limit was already reached, else 0. */
export async function take(limiter: RateLimiterPostgres, key: string): Promise<number> {
  try {
    await limiter.consume(key)
    return 0
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return secondsToWait(rejection)
    throw rejection
  }
}

/** Seconds to wait if `key` has already used its points, else 0; counts nothing. */
export async function waitIfSpent(limiter: RateLimiterPostgres, key: string): Promise<number> {
  const state = await limiter.get(key)
  return state && state.consumedPoints >= limiter.points ? secondsToWait(state) : 0
}
