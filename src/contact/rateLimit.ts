import type { Payload } from 'payload'

import { sharedLimiter, take, waitIfSpent } from '../security/rateLimiter'
import { env } from '../env'

/**
 * Two budgets per visitor address and window (CONTACT_RATE_LIMIT_SECONDS), shared by every app
 * instance: messages actually sent (CONTACT_RATE_LIMIT_POINTS, default 5), and attempts the form
 * refused — invalid fields, the honeypot (CONTACT_INVALID_LIMIT_POINTS, default 30). A visitor who
 * mistypes their e-mail a few times can still send; a script that posts garbage is stopped all the same.
 */
const durationSeconds = () => env.CONTACT_RATE_LIMIT_SECONDS
const sent = (payload: Payload) =>
  sharedLimiter(payload, {
    keyPrefix: 'contact-sent',
    points: env.CONTACT_RATE_LIMIT_POINTS,
    durationSeconds: durationSeconds(),
  })
const refused = (payload: Payload) =>
  sharedLimiter(payload, {
    keyPrefix: 'contact-refused',
    points: env.CONTACT_INVALID_LIMIT_POINTS,
    durationSeconds: durationSeconds(),
  })

/** Seconds to wait if either budget of `visitor` is already spent, else 0; counts nothing. */
export async function contactWait(payload: Payload, visitor: string): Promise<number> {
  return Math.max(await waitIfSpent(sent(payload), visitor), await waitIfSpent(refused(payload), visitor))
}

/** Counts one sent message; the seconds to wait when the budget was already spent, else 0. */
export const takeSentSlot = (payload: Payload, visitor: string): Promise<number> => take(sent(payload), visitor)

/** Counts one refused attempt against the larger budget. */
export async function countRefusedAttempt(payload: Payload, visitor: string): Promise<void> {
  await take(refused(payload), visitor)
}
