import crypto from 'node:crypto'
import { env } from '../env'

/*
 * Payload's password hashing parameters (payload/dist/auth/strategies/local/
 * generatePasswordSaltHash.js and authenticate.js, not exported): PBKDF2-SHA256, 600,000
 * iterations and 32 bytes for hashes marked `pbkdf2-sha256-v1:`, 25,000 iterations and 512 bytes
 * for older unmarked ones. Mirrored here; tests/int/login.test.ts signs in with hashes Payload
 * made, so a change on Payload's side fails the suite rather than passing silently.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

/*
 * PBKDF2 runs on libuv's thread pool (UV_THREADPOOL_SIZE threads, 4 by default), which also serves
 * file reads, DNS and the WebCrypto work of pg's SCRAM handshake when the pool opens a connection.
 * A burst of sign-in attempts would fill every thread with 200 ms jobs and starve all of that: new
 * database connections then time out (measured: 100 parallel attempts, 8 to 14 answered 503). So
 * at most two fewer than the pool's threads (2 by default) run here at once and the rest wait in
 * memory; on a 2-core machine no throughput is lost. Payload's own check of a right password is
 * not under this limit (one per successful sign-in).
 */
const hashingSlots = Math.max(1, env.UV_THREADPOOL_SIZE - 2)
let hashing = 0
const waiting: Array<() => void> = []

async function pbkdf2(password: string, salt: string, iterations: number, keyLength: number): Promise<Buffer> {
  if (hashing < hashingSlots) hashing++
  else await new Promise<void>((resolve) => waiting.push(resolve))
  try {
    // Through the module object (not a named import), as Payload does, so that a test can observe
    // every PBKDF2 run, Payload's and ours, in one place.
    return await new Promise<Buffer>((resolve, reject) =>
      crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
        error ? reject(error) : resolve(key),
      ),
    )
  } finally {
    // Hand the slot straight to the next in line, or free it.
    const next = waiting.shift()
    if (next) next()
    else hashing--
  }
}

/** Whether `password` matches a stored Payload hash and salt (constant-time comparison). */
export async function passwordMatches(password: string, salt: unknown, hash: unknown): Promise<boolean> {
  if (typeof salt !== 'string' || typeof hash !== 'string' || !salt || !hash) {
    await checkAgainstDummy(password)
    return false
  }
  const current = hash.startsWith(CURRENT_PREFIX)
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const computed = await pbkdf2(password, salt, iterations, keyLength)
  return computed.length === stored.length && crypto.timingSafeEqual(computed, stored)
}

const dummySalt = crypto.randomBytes(32).toString('hex')
const dummyHash = crypto.randomBytes(CURRENT.keyLength)

/**
 * The same work as checking a password against a current Payload hash, for an attempt that has no
 * account to check (unknown e-mail, locked account): the answer then takes as long as a real check.
 */
export async function checkAgainstDummy(password: string): Promise<void> {
  const computed = await pbkdf2(password, dummySalt, CURRENT.iterations, CURRENT.keyLength)
  crypto.timingSafeEqual(computed, dummyHash)
}
