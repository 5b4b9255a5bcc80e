import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded'
import { adminToken } from './support/api'
import { baseUrl } from './support/browser'

/**
 * PostgreSQL goes away under a running production server and comes back. It stops the server's
 * database, so it runs only when asked (E2E_OUTAGE=1), last, against `npm start` with the
 * embedded database (see .ci/run).
 */
const dataDir = path.resolve(process.env.E2E_PG_DATA_DIR ?? '.data/postgres')
const port = Number(process.env.EMBEDDED_PG_PORT || 54329)
let restarted: EmbeddedDatabase | undefined

afterAll(async () => {
  await restarted?.stop()
})

async function stopPostgres(): Promise<void> {
  const pid = Number((await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0])
  process.kill(pid, 'SIGINT') // fast shutdown: open connections are cut, as in a crash or restart
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0)
    } catch {
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('PostgreSQL did not stop')
}

const timed = async (url: string, init?: RequestInit) => {
  const started = performance.now()
  const res = await fetch(url, init)
  return { res, ms: performance.now() - started, text: await res.text() }
}

describe.skipIf(!process.env.E2E_OUTAGE)('while PostgreSQL is unreachable', () => {
  it('reads and writes answer 503 with Retry-After, quickly; cached pages still answer; all recovers without a restart', async () => {
    expect((await fetch(`${baseUrl}/api/faqs?limit=1`)).status).toBe(200)
    expect((await fetch(`${baseUrl}/it/domande-frequenti`)).status).toBe(200)
    const token = await adminToken()

    await stopPostgres()

    for (const [url, init] of [
      [`${baseUrl}/api/faqs?limit=1`, undefined],
      [`${baseUrl}/api/faqs/1`, undefined],
      [
        // Signed in: Payload looks the user up before anything else.
        `${baseUrl}/api/faqs?locale=it`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
          body: JSON.stringify({ question: 'Durante il guasto?', section: 'the-role' }),
        },
      ],
      [
        `${baseUrl}/api/users/login`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'someone@example.org', password: 'whatever-it-is' }),
        },
      ],
    ] as Array<[string, RequestInit | undefined]>) {
      const { res, ms, text } = await timed(url, init)
      expect(res.status, `${url}: ${text}`).toBe(503)
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(text).toMatch(/database/i)
      expect(ms).toBeLessThan(10_000)
    }
    // Pages already rendered are served from the page cache.
    expect((await fetch(`${baseUrl}/it/domande-frequenti`)).status).toBe(200)
    expect((await fetch(`${baseUrl}/en/faq`)).status).toBe(200)

    restarted = await startEmbeddedPostgres({ dataDir, port, database: 'scena' })
    let status = 0
    for (let i = 0; i < 60 && status !== 200; i++) {
      status = (await fetch(`${baseUrl}/api/faqs?limit=1`)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(status).toBe(200)
  })
})
