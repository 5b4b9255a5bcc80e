import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Two budgets per visitor address and window (CONTACT_RATE_LIMIT_SECONDS): messages actually
 * sent (CONTACT_RATE_LIMIT_POINTS, default 5), and attempts the form refused — invalid fields, the
 * honeypot (CONTACT_INVALID_LIMIT_POINTS, default 30). A visitor who mistypes their e-mail a few
 * times can still send; a script that posts garbage is stopped all the same.
 */
const windowSeconds = () => Number(process.env.CONTACT_RATE_LIMIT_SECONDS || 15 * 60)
let sent: RateLimiterMemory | undefined
let refused: RateLimiterMemory | undefined

const sentLimiter = () =>
  (sent ??= new RateLimiterMemory({
    keyPrefix: 'contact-sent',
    points: Number(process.env.CONTACT_RATE_LIMIT_POINTS || 5),
    duration: windowSeconds(),
  }))
const refusedLimiter = () =>
  (refused ??= new RateLimiterMemory({
    keyPrefix: 'contact-refused',
    points: Number(process.env.CONTACT_INVALID_LIMIT_POINTS || 30),
    duration: windowSeconds(),
  }))

const secondsToWait = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000))

async function take(limiter: RateLimiterMemory, key: string): Promise<number> {
  try {
    await limiter.consume(key)
    return 0
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return secondsToWait(rejection)
    throw rejection
  }
}

/** Seconds to wait if either budget of `key` is already spent, else 0; counts nothing. */
export async function contactWait(key: string): Promise<number> {
  for (const limiter of [sentLimiter(), refusedLimiter()]) {
    const state = await limiter.get(key)
    if (state && state.consumedPoints >= limiter.points) return secondsToWait(state)
  }
  return 0
}

/** Counts one sent message; returns the seconds to wait when the budget was already spent, else 0. */
export const takeSentSlot = (key: string): Promise<number> => take(sentLimiter(), key)

/** Counts one refused attempt against the larger budget. */
export async function countRefusedAttempt(key: string): Promise<void> {
  await take(refusedLimiter(), key)
}
