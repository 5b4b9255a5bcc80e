import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { answerKnownErrors } from '../../src/api/afterError'
import { classifyError } from '../../src/api/classifyError'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { freePort } from './support/freePort'
import { makeTempDir, removeDir } from './support/tempDir'

/**
 * The errors a real PostgreSQL outage produces, read the way the API answers them: 503 with
 * Retry-After, never a 500 (the whole path over HTTP is checked on the production build in
 * tests/e2e/outage.e2e.ts).
 */
describe('an unreachable database', () => {
  const dirs: string[] = []
  afterAll(async () => {
    for (const dir of dirs) await removeDir(dir)
  })

  it('reads as unavailable whether the server went away mid-connection or refuses new ones', async () => {
    const dir = await makeTempDir('outage')
    dirs.push(dir)
    const port = await freePort()
    const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port, database: 'outage' })
    const pool = new pg.Pool({ connectionString: db.url, max: 2, connectionTimeoutMillis: 2000 })
    const idleErrors: Error[] = []
    pool.on('error', (error) => idleErrors.push(error))
    const held = await pool.connect()
    held.on('error', (error) => idleErrors.push(error))
    expect((await held.query('SELECT 1 AS one')).rows[0].one).toBe(1)

    await db.stop()

    const cut = await held.query('SELECT 1').catch((error: unknown) => error)
    held.release(true)
    const refused = await pool.query('SELECT 1').catch((error: unknown) => error)
    for (const error of [cut, refused]) {
      expect(error, String(error)).toBeInstanceOf(Error)
      expect(classifyError(error)).toMatchObject({ kind: 'unavailable', status: 503 })
    }
    // Drizzle wraps the driver's error: the cause is what counts.
    const wrapped = new Error('Failed query: select 1', { cause: refused })
    expect(classifyError(wrapped)).toMatchObject({ kind: 'unavailable' })
    await pool.end()
  })

  it('is answered 503 with a Retry-After header and a message', async () => {
    const req = { responseHeaders: undefined as Headers | undefined }
    const error = new Error('Failed query', {
      cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
    })
    // `as never`: the hook's arguments in part (it reads the error and the request).
    const result = await answerKnownErrors({ error, req, context: {} } as never)
    expect(result).toMatchObject({ status: 503 })
    expect(JSON.stringify(result)).toMatch(/database/i)
    expect(req.responseHeaders?.get('Retry-After')).toMatch(/^\d+$/)
    // Before Payload has given the request its translations: said in the language its headers ask for.
    const english = { headers: new Headers({ 'Accept-Language': 'en-GB,en;q=0.8' }), responseHeaders: undefined }
    const answer = await answerKnownErrors({ error, req: english, context: {} } as never)
    expect(answer).toMatchObject({
      status: 503,
      response: {
        errors: [{ message: 'The database is not reachable right now. Please try again in a few seconds.' }],
      },
    })
    expect(JSON.stringify(answer)).toContain('apiDatabaseUnavailable')
  })

  it('reads the adapter’s text-only rethrows as unavailable too', () => {
    for (const message of [
      'Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:54329',
      'Error: cannot connect to Postgres: connect ECONNREFUSED 127.0.0.1:54329',
    ]) {
      expect(classifyError(new Error(message))).toMatchObject({ kind: 'unavailable', status: 503 })
    }
  })

  it('a query error that is the caller’s stays a 400, a real server error a 500', () => {
    expect(classifyError(Object.assign(new Error('x'), { cause: { code: '22P02' } }))).toMatchObject({ status: 400 })
    expect(classifyError(Object.assign(new Error('x'), { cause: { code: '22003' } }))).toMatchObject({ status: 400 })
    expect(classifyError(Object.assign(new Error('x'), { cause: { code: '42P01' } }))).toEqual({ kind: 'server' })
    expect(classifyError(new TypeError('undefined is not a function'))).toEqual({ kind: 'server' })
  })
})
