import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

let limiter: RateLimiterMemory | undefined

/** Submissions allowed per visitor address and window (CONTACT_RATE_LIMIT_POINTS per …_SECONDS). */
function contactLimiter(): RateLimiterMemory {
  limiter ??= new RateLimiterMemory({
    keyPrefix: 'contact',
    points: Number(process.env.CONTACT_RATE_LIMIT_POINTS || 5),
    duration: Number(process.env.CONTACT_RATE_LIMIT_SECONDS || 15 * 60),
  })
  return limiter
}

/** Counts one submission from `key`; returns the seconds to wait when over the limit, else 0. */
export async function takeContactSlot(key: string): Promise<number> {
  try {
    await contactLimiter().consume(key)
    return 0
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}
