import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { refusal } from '../errors'
import { clientAddressOf } from '../security/clientAddress'
import { returnLoginAttempt, takeLoginAttempt } from './loginRateLimit'
import { checkAgainstDummy, passwordMatches } from './password'

/*
 * Why Payload's own counting is not enough: its login reads the user, checks the password (~200 ms
 * of PBKDF2) and only then adds the failure. Parallel attempts all read "not locked" before any of
 * them has counted, so 100 parallel wrong passwords had 7 to 92 checks instead of 5, and their
 * concurrent writes of the user's sessions (incrementLoginAttempts) collided (400 "id").
 *
 * Here an attempt first RESERVES its check, in one atomic statement on the account's row:
 *
 *   - it succeeds only while the account is not locked, adding 1 to login_attempts (restarting at
 *     1 after an expired lock);
 *   - the reservation that takes the last attempt (the fifth) also sets lock_until, in the same
 *     statement: the lock window starts at the fifth check, whatever its outcome;
 *   - PostgreSQL serialises concurrent UPDATEs of one row: a second reservation waits for the first
 *     to commit (microseconds, it is one autocommitted statement) and then re-evaluates its WHERE
 *     and SET on the new row. So however many processes share the database, at most
 *     maxLoginAttempts reservations succeed per lock window; nothing in memory decides it. An
 *     attempt still being checked holds its reservation, so a sixth attempt at the very same
 *     moment is refused (401) even with the right password: the five checks are taken.
 *
 * Only a reserved attempt has its password checked, and it is checked HERE, against the hash the
 * reservation returned, rather than left to Payload: Payload re-reads the user, and by then the
 * last reservation may have locked the account, so reserved attempts would go unchecked. Then:
 *
 *   - wrong password: a 401, and nothing else to do (the reservation was the count). Payload's
 *     login never runs, so it neither counts a second time nor rewrites the sessions;
 *   - right password: the count and any lock are cleared (a successful sign-in ends the window, as
 *     in Payload), the address gets its point back, and Payload's login goes on as usual (it checks
 *     the password once more, ~200 ms, and creates the session and token).
 *
 * No reservation (unknown e-mail, or account locked): the same PBKDF2 work against a dummy hash,
 * then the same 401 with the same message, so that neither the answer nor its timing tells whether
 * the e-mail has an account or whether that account is locked. The message (error:
 * emailOrPasswordIncorrect and error:userLocked, src/i18n/admin.ts) is one for all three cases and
 * mentions the lock, so a locked-out person still learns why.
 *
 * The statements use the pool, not the request's transaction (req.transactionID): a count must be
 * visible to parallel requests at once and must survive whatever happens to this request, as
 * Payload's own incrementLoginAttempts does. Each holds a pool connection for one short statement
 * only, never across the password check; the per-address limit (loginRateLimit.ts) comes first and
 * refuses a flood from one address before any password check.
 */
const RESERVE = `
  UPDATE users SET
    login_attempts = CASE WHEN lock_until IS NOT NULL THEN 1 ELSE LEAST(COALESCE(login_attempts, 0), $2::int - 1) + 1 END,
    lock_until = CASE
      WHEN (CASE WHEN lock_until IS NOT NULL THEN 1 ELSE LEAST(COALESCE(login_attempts, 0), $2::int - 1) + 1 END) >= $2::int
      THEN now() + $3::double precision * interval '1 millisecond'
    END
  WHERE email = $1 AND (lock_until IS NULL OR lock_until <= now())
  RETURNING id, salt, hash`
// (A count at or above the limit without a lock, left by an older version, allows one last check
// and locks: LEAST(…) caps it at the limit.)

const CLEAR = `UPDATE users SET login_attempts = 0, lock_until = NULL WHERE id = $1`

/*
 * Reservations for one account wait on its row lock, each holding a pool connection meanwhile: 100
 * parallel attempts for one account would hold every connection of the pool (10) until the chain
 * has gone through, and the rest of the site would wait. So within this process they take turns in
 * memory, one statement per account at a time; only the queueing is in memory, the decision is the
 * database's (other processes are still serialised by the row lock).
 */
const reserving = new Map<string, Promise<void>>()

function inTurn<T>(key: string, task: () => Promise<T>): Promise<T> {
  const turn = (reserving.get(key) ?? Promise.resolve()).then(task)
  const done = turn.then(
    () => undefined,
    () => undefined,
  )
  reserving.set(key, done)
  void done.then(() => {
    if (reserving.get(key) === done) reserving.delete(key)
  })
  return turn
}

/**
 * `beforeOperation` hook of the users collection, for 'login' (the admin's login form, REST and the
 * Local API all go through it): the per-address limit, then the reserved password check above.
 * Written for this collection: table `users`, login by e-mail (not `loginWithUsername`).
 */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args

  // 1. Per client address (one counter update), before any other database work or password check.
  const address = req.headers ? clientAddressOf(req.headers) : 'local'
  const wait = await takeLoginAttempt(req.payload, address)
  if (wait > 0) {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(wait))
    throw refusal(req, 429, 'loginRateLimited', { count: Math.ceil(wait / 60) })
  }

  const { email, password } = ((args as { data?: unknown }).data ?? {}) as { email?: unknown; password?: unknown }
  const { maxLoginAttempts, lockTime } = collection.auth
  // A missing e-mail or password: Payload answers 400 naming the field; nothing to count.
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args
  if (!(maxLoginAttempts > 0)) return args

  // 2. Reserve one of the account's attempts (same e-mail normalisation as Payload's login).
  const pool = req.payload.db.pool
  const normalised = email.toLowerCase().trim()
  const { rows } = await inTurn(normalised, () => pool.query(RESERVE, [normalised, maxLoginAttempts, lockTime]))
  const account = rows[0]
  if (!account) {
    await checkAgainstDummy(password)
    throw new AuthenticationError(req.t)
  }

  // 3. The reserved check.
  if (!(await passwordMatches(password, account.salt, account.hash))) throw new AuthenticationError(req.t)
  await pool.query(CLEAR, [account.id])
  await returnLoginAttempt(req.payload, address)
  return args
}
