import type { Payload } from 'payload'

import { sharedLimiter, take } from '../security/rateLimiter'
import { env } from '../env'

/**
 * Failed sign-in attempts allowed per client address: `LOGIN_RATE_LIMIT_POINTS` (default 10) per
 * `LOGIN_RATE_LIMIT_SECONDS` (default 900, i.e. 15 minutes, the account lock time).
 *
 * Only failures count. Every attempt takes a point before anything else happens and a successful
 * sign-in gives it back, so attempts still in flight count as well (of 100 parallel attempts from
 * one address, 10 go on), while a person signing in many times a day, or the test suite signing in
 * dozens of times from the one address `local`, is never limited.
 *
 * Kept in PostgreSQL (src/security/rateLimiter.ts), so every app instance counts an address
 * together. It is the first line, in front of the account lock (exact across processes too, see
 * loginGuard.ts).
 */
export function loginRateLimitSettings(): { points: number; seconds: number } {
  return {
    points: env.LOGIN_RATE_LIMIT_POINTS,
    seconds: env.LOGIN_RATE_LIMIT_SECONDS,
  }
}

const loginLimiter = (payload: Payload) => {
  const { points, seconds } = loginRateLimitSettings()
  return sharedLimiter(payload, { keyPrefix: 'login', points, durationSeconds: seconds })
}

/** Counts one sign-in attempt from `address`; returns the seconds to wait when over the limit, else 0. */
export const takeLoginAttempt = (payload: Payload, address: string): Promise<number> =>
  take(loginLimiter(payload), address)

/** Gives back the point of an attempt that signed in: only failed attempts use up the budget. */
export async function returnLoginAttempt(payload: Payload, address: string): Promise<void> {
  await loginLimiter(payload).reward(address, 1)
}
