import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { POST } from '../../src/api/routes'
import { loginRateLimitSettings } from '../../src/auth/loginRateLimit'
import { CLIENT_ADDRESS_HEADER } from '../../src/security/clientAddress'
import { closePayload, testPayload } from './support/payload'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'
import { signIn } from './support/users'

type Pool = { query: (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

let payload: Payload
let pool: Pool
const PASSWORD = 'the-right-password-for-login-tests'
const MAX_ATTEMPTS = 5

beforeAll(async () => {
  payload = await testPayload()
  pool = (payload.db as unknown as { pool: Pool }).pool
})
afterAll(() => closePayload(payload))

/** The app's real POST handler (support/rest.ts's `rest` does not expose response headers). */
const postLogin = POST
let addresses = 0
/** A client address no other attempt in this file used (IPv6 documentation range). */
const freshAddress = () => `2001:db8::${(++addresses).toString(16)}`

/** POST /api/users/login through Payload's real REST handler, from one client address. */
async function login(email: string, password: string, address = freshAddress()) {
  const response = await postLogin(
    new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [CLIENT_ADDRESS_HEADER]: address },
      body: JSON.stringify({ email, password }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  const text = await response.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}

async function createUser(): Promise<{ email: string; id: number }> {
  const email = `login-${uniqueTag()}@test.scena.local`
  const user = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, role: 'editor' },
    overrideAccess: true,
  })
  return { email, id: user.id }
}

async function accountState(id: number) {
  const { rows } = await pool.query(
    'SELECT salt, login_attempts::int AS attempts, lock_until > now() AS locked FROM users WHERE id = $1',
    [id],
  )
  return rows[0] as { salt: string; attempts: number; locked: boolean | null }
}

const unknownEmail = () => `nobody-${uniqueTag()}@test.scena.local`
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN

/**
 * Counts the password checks against one account: a check is a PBKDF2 run keyed with that
 * account's salt (Payload's own check and any other code path hash through `crypto.pbkdf2`;
 * a check against a dummy hash uses another salt and is not counted).
 */
function countChecksFor(salt: string) {
  const original = crypto.pbkdf2
  let checks = 0
  const spy = vi.spyOn(crypto, 'pbkdf2').mockImplementation(((...args: Parameters<typeof crypto.pbkdf2>) => {
    if (String(args[1]) === salt) checks++
    return original(...args)
  }) as typeof crypto.pbkdf2)
  return {
    get checks() {
      return checks
    },
    restore: () => spy.mockRestore(),
  }
}

describe('account lock under concurrency', () => {
  it('100 parallel wrong passwords: at most five are checked, every answer a clean 401', async () => {
    const user = await createUser()
    const counter = countChecksFor((await accountState(user.id)).salt)
    const started = performance.now()
    const attempts = Promise.all(Array.from({ length: 100 }, () => login(user.email, 'a-wrong-password')))
    // Meanwhile the rest of the site still answers (no pool connection or thread is held by the burst).
    await new Promise((resolve) => setTimeout(resolve, 200))
    const readStarted = performance.now()
    const read = await rest('GET', '/api/faqs?limit=1&depth=0')
    const readTime = performance.now() - readStarted
    const answers = await attempts
    const elapsed = performance.now() - started
    counter.restore()

    const statuses: Record<number, number> = {}
    for (const answer of answers) statuses[answer.status] = (statuses[answer.status] ?? 0) + 1
    const state = await accountState(user.id)
    console.log(
      `100 parallel wrong passwords: ${counter.checks} password checks, statuses ${JSON.stringify(statuses)}, ` +
        `${Math.round(elapsed)} ms, login_attempts ${state.attempts}; a read meanwhile: ${read.status} in ${Math.round(readTime)} ms`,
    )
    expect(read.status).toBe(200)
    expect(statuses).toEqual({ 401: 100 })
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1)
    expect(counter.checks).toBeLessThanOrEqual(MAX_ATTEMPTS)
    // Exact, not merely safe: every reserved attempt was checked.
    expect(counter.checks).toBe(MAX_ATTEMPTS)
    expect(state).toMatchObject({ attempts: MAX_ATTEMPTS, locked: true })

    // Locked: the right password is refused too, with the same answer, and is not checked.
    const recheck = countChecksFor(state.salt)
    const whileLocked = await login(user.email, PASSWORD)
    recheck.restore()
    expect(whileLocked.status).toBe(401)
    expect(whileLocked.text).toBe(answers[0]?.text)
    expect(recheck.checks).toBe(0)

    // Once the lock expires, the right password signs in and the count starts again.
    await pool.query(`UPDATE users SET lock_until = now() - interval '1 second' WHERE id = $1`, [user.id])
    const afterExpiry = await login(user.email, PASSWORD)
    expect(afterExpiry.status, afterExpiry.text).toBe(200)
    expect(afterExpiry.json.token).toEqual(expect.any(String))
    expect(await accountState(user.id)).toMatchObject({ attempts: 0, locked: null })
  }, 180_000)

  it('counts each wrong password once and locks at exactly the fifth', async () => {
    const user = await createUser()
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect((await login(user.email, 'a-wrong-password')).status).toBe(401)
      expect(await accountState(user.id)).toMatchObject({ attempts: attempt, locked: null })
    }
    // The fifth attempt is still checked: with the right password it signs in and clears the count.
    const fifth = await login(user.email, PASSWORD)
    expect(fifth.status, fifth.text).toBe(200)
    expect(await accountState(user.id)).toMatchObject({ attempts: 0, locked: null })

    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect((await login(user.email, 'a-wrong-password')).status).toBe(401)
    }
    expect(await accountState(user.id)).toMatchObject({ attempts: MAX_ATTEMPTS, locked: true })
    expect((await login(user.email, PASSWORD)).status).toBe(401)
  })

  it('an admin unlocks a locked account', async () => {
    const user = await createUser()
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) await login(user.email, 'a-wrong-password')
    expect((await login(user.email, PASSWORD)).status).toBe(401)

    const admin = await signIn(payload, 'admin')
    const editor = await signIn(payload, 'editor')
    const refused = await postJson('/api/users/unlock', { email: user.email }, editor.token)
    expect(refused.status).toBe(403)
    expect((await login(user.email, PASSWORD)).status).toBe(401)
    const unlocked = await postJson('/api/users/unlock', { email: user.email }, admin.token)
    expect(unlocked.status, unlocked.text).toBe(200)
    expect((await login(user.email, PASSWORD)).status).toBe(200)
  })

  it('parallel right passwords sign in, up to the attempts the account allows at once', async () => {
    const user = await createUser()
    const answers = await Promise.all(Array.from({ length: MAX_ATTEMPTS }, () => login(user.email, PASSWORD)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(MAX_ATTEMPTS).fill(200))
    expect(await accountState(user.id)).toMatchObject({ attempts: 0, locked: null })
    // An attempt in flight holds one of the five checks until it is answered, so a sixth at the very
    // same moment may be refused (401) even with the right password; never a 400 or 500.
    const burst = await Promise.all(Array.from({ length: 8 }, () => login(user.email, PASSWORD)))
    expect(burst.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(MAX_ATTEMPTS)
    expect(burst.every((answer) => answer.status === 200 || answer.status === 401)).toBe(true)
    expect(await accountState(user.id)).toMatchObject({ attempts: 0, locked: null })
  })
})

async function postJson(path: string, body: unknown, token: string) {
  const response = await postLogin(
    new Request(`http://localhost:3000${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: path.replace(/^\/api\//, '').split('/') }) },
  )
  return { status: response.status, text: await response.text() }
}

describe('unknown and known e-mails are indistinguishable', () => {
  it('same status and body for an unknown e-mail, a wrong password and a locked account', async () => {
    const user = await createUser()
    const unknown = await login(unknownEmail(), 'a-wrong-password')
    const wrong = await login(user.email, 'a-wrong-password')
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(wrong.text).toBe(unknown.text)
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) await login(user.email, 'a-wrong-password')
    const locked = await login(user.email, PASSWORD)
    expect(locked.status).toBe(401)
    expect(locked.text).toBe(unknown.text)
    // The one message, in both admin languages (Italian by default).
    expect(unknown.json.errors[0].message).toMatch(/bloccat/)
  })

  it('take about as long to answer', async () => {
    const user = await createUser()
    const known: number[] = []
    const unknown: number[] = []
    const time = async (email: string) => {
      const started = performance.now()
      const answer = await login(email, 'a-wrong-password')
      const elapsed = performance.now() - started
      expect(answer.status).toBe(401)
      return elapsed
    }
    await time(unknownEmail()) // warm-up
    for (let round = 0; round < 20; round++) {
      // Keep the account below the lock, so that every known attempt is a real password check.
      await pool.query('UPDATE users SET login_attempts = 0, lock_until = NULL WHERE id = $1', [user.id])
      if (round % 2) {
        known.push(await time(user.email))
        unknown.push(await time(unknownEmail()))
      } else {
        unknown.push(await time(unknownEmail()))
        known.push(await time(user.email))
      }
    }
    const [knownMedian, unknownMedian] = [median(known), median(unknown)]
    console.log(
      `wrong password, median of 20: known e-mail ${knownMedian.toFixed(1)} ms, unknown e-mail ${unknownMedian.toFixed(1)} ms`,
    )
    expect(unknownMedian).toBeGreaterThanOrEqual(0.5 * knownMedian)
    expect(knownMedian).toBeGreaterThanOrEqual(0.5 * unknownMedian)
  })
})

describe('per-address limit', () => {
  it('refuses an address after its failed attempts, with Retry-After; other addresses are unaffected', async () => {
    const { points } = loginRateLimitSettings()
    const user = await createUser()
    const address = freshAddress()
    for (let attempt = 0; attempt < points; attempt++) {
      expect((await login(unknownEmail(), 'a-wrong-password', address)).status).toBe(401)
    }
    // Refused before any check, even with the right password.
    const counter = countChecksFor((await accountState(user.id)).salt)
    const limited = await login(user.email, PASSWORD, address)
    counter.restore()
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(limited.json.errors[0].message).toMatch(/Riprova tra \d+ minut[oi]\./)
    expect(limited.json.errors[0].data).toEqual({ code: 'loginRateLimited' })
    expect(counter.checks).toBe(0)
    expect((await accountState(user.id)).attempts).toBe(0)

    // Another address still gets normal answers, and signs in.
    expect((await login(unknownEmail(), 'a-wrong-password')).status).toBe(401)
    expect((await login(user.email, PASSWORD)).status).toBe(200)
  })

  it('successful sign-ins do not use up the budget', async () => {
    const { points } = loginRateLimitSettings()
    const user = await createUser()
    const address = freshAddress()
    for (let attempt = 0; attempt < points - 1; attempt++) {
      expect((await login(unknownEmail(), 'a-wrong-password', address)).status).toBe(401)
    }
    for (let i = 0; i < 3; i++) expect((await login(user.email, PASSWORD, address)).status).toBe(200)
    expect((await login(unknownEmail(), 'a-wrong-password', address)).status).toBe(401)
    expect((await login(unknownEmail(), 'a-wrong-password', address)).status).toBe(429)
  })
})
