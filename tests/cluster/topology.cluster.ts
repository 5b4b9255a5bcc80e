import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded'
import { adminCredentials, launchBrowser, visitorUserAgent } from '../e2e/support/browser'
import {
  clusterState,
  databaseUrl,
  edge,
  edgeReachesEveryInstance,
  instances,
  sleep,
  textOf,
  within,
} from './support/cluster'

/**
 * The topology of `npm run start:cluster` with real processes: Varnish in front of two app
 * instances sharing Redis and PostgreSQL, and a job worker. Run by .ci/run against a fresh cluster.
 */
let token = ''
const tag = Date.now().toString(36)
const db = new pg.Pool({ connectionString: databaseUrl(), max: 2 })
// The outage test stops PostgreSQL under this pool's idle connections: the pool replaces them.
db.on('error', () => undefined)
let restartedDatabase: EmbeddedDatabase | undefined

beforeAll(async () => {
  await edgeReachesEveryInstance()
  const res = await fetch(`${edge}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(adminCredentials()),
  })
  expect(res.status).toBe(200)
  token = ((await res.json()) as { token: string }).token
})
afterAll(async () => {
  await db.end()
  await restartedDatabase?.stop()
})

async function api(base: string, method: string, pathname: string, body?: unknown) {
  const res = await fetch(`${base}${pathname}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json().catch(() => null)) as any
  return { status: res.status, json }
}

const contains = (url: string, text: string) => async () => (await textOf(url)).text.includes(text)

describe('publishing', () => {
  it('a publish on one instance is live at the edge and on the other instance, in both languages, within a second', async () => {
    const [a, b] = await instances()
    // Both indexes are in the edge cache before the publish: the purge is what makes them change.
    for (const page of ['/it/domande-frequenti', '/en/faq']) {
      await textOf(`${edge}${page}`)
      const cached = await textOf(`${edge}${page}`, { headers: { 'Accept-Language': 'de' } })
      expect(cached.headers.get('x-cache')).toBe('HIT')
      expect(cached.headers.get('set-cookie')).toBeNull()
    }
    const it = `Domanda del cluster ${tag}?`
    const en = `Cluster question ${tag}?`
    const created = await api(a!.url, 'POST', '/api/faqs?locale=it', {
      question: it,
      answer: paragraphsToLexical(['Risposta.']),
      section: 'the-role',
      slug: `cluster-${tag}`,
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number
    const italianLive = await within(1000, contains(`${edge}/it/domande-frequenti`, it), 'Italian index at the edge')
    const updated = await api(a!.url, 'PATCH', `/api/faqs/${id}?locale=en`, {
      question: en,
      answer: paragraphsToLexical(['Answer.']),
      slug: `cluster-en-${tag}`,
      _status: 'published',
    })
    expect(updated.status).toBe(200)
    const englishLive = await within(1000, contains(`${edge}/en/faq`, en), 'English index at the edge')
    console.log(`publish to edge: Italian ${italianLive} ms, English ${englishLive} ms`)
    await within(1000, contains(`${b!.url}/it/domande-frequenti`, it), 'Italian index on the other instance')
    await within(1000, contains(`${b!.url}/en/faq`, en), 'English index on the other instance')
    await within(1000, contains(`${edge}/en/faq/cluster-en-${tag}`, en), 'English entry at the edge')

    // A new slug: the old address stops being served, at the edge too; it redirects to the new one.
    expect((await textOf(`${edge}/it/domande-frequenti/cluster-${tag}`)).status).toBe(200)
    const renamed = await api(b!.url, 'PATCH', `/api/faqs/${id}?locale=it`, {
      slug: `cluster-nuovo-${tag}`,
      _status: 'published',
    })
    expect(renamed.status).toBe(200)
    await within(
      1000,
      async () => {
        const old = await textOf(`${edge}/it/domande-frequenti/cluster-${tag}`, { redirect: 'manual' })
        return old.status === 301 && old.headers.get('location')?.endsWith(`/cluster-nuovo-${tag}`) === true
      },
      'old slug redirected',
    )
    expect((await textOf(`${edge}/it/domande-frequenti/cluster-nuovo-${tag}`)).text).toContain(it)
  })

  it('a draft never reaches the edge, and a signed-in editor is never served from or stored in the cache', async () => {
    const draftText = `Bozza riservata ${tag}`
    const draft = await api(edge, 'POST', '/api/faqs?locale=it&draft=true', {
      question: `${draftText}?`,
      answer: paragraphsToLexical([draftText]),
      section: 'the-role',
      slug: `bozza-${tag}`,
      _status: 'draft',
    })
    expect(draft.status).toBe(201)
    expect((await textOf(`${edge}/it/domande-frequenti/bozza-${tag}`)).status).toBe(404)
    expect((await textOf(`${edge}/it/domande-frequenti`)).text).not.toContain(draftText)

    // What a browser sends with a same-site navigation (Payload checks it for cookie sessions).
    const cookie = { headers: { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' } }
    const preview = `${edge}/it/preview/faqs/${draft.json.doc.id}`
    for (let i = 0; i < 2; i++) {
      const signedIn = await textOf(preview, cookie)
      expect(signedIn.text).toContain(draftText)
      expect(signedIn.headers.get('x-cache')).toBe('MISS')
      expect((await textOf(`${edge}/it/domande-frequenti`, cookie)).headers.get('x-cache')).toBe('MISS')
    }
    expect((await textOf(preview)).text).not.toContain(draftText)
  })
})

describe('search', () => {
  it('a search is cached at the edge and, through Redis, on both instances; a publish shows in it at once everywhere', async () => {
    const [a, b] = await instances()
    const word = `zattera${tag}`
    const path = `/it/cerca?q=${word}`
    const none = `Nessun risultato per «${word}»`
    expect((await textOf(`${edge}${path}`)).text).toContain(none)
    expect((await textOf(`${edge}${path}`)).headers.get('x-cache')).toBe('HIT')
    // Rendered on one instance, served from the shared page cache by the other.
    await textOf(`${a!.url}${path}`)
    const fromB = await textOf(`${b!.url}${path}`)
    expect(fromB.text).toContain(none)
    expect(fromB.headers.get('x-nextjs-cache')).toBe('HIT')

    const created = await api(a!.url, 'POST', '/api/faqs?locale=it', {
      question: `Serve una ${word}?`,
      answer: paragraphsToLexical(['Per il set acquatico.']),
      section: 'the-role',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const found = `Un risultato per «${word}»`
    try {
      await within(1000, contains(`${edge}${path}`, found), 'the search at the edge')
      await within(1000, contains(`${b!.url}${path}`, found), 'the search on the other instance')
    } finally {
      expect((await api(b!.url, 'DELETE', `/api/faqs/${created.json.doc.id}`)).status).toBe(200)
    }
    await within(1000, contains(`${edge}${path}`, none), 'the search at the edge after the deletion')
    await within(1000, contains(`${a!.url}${path}`, none), 'the search on the first instance after the deletion')
  })
})

describe('jobs', () => {
  it('scheduled publishes run exactly once with two instances and a worker up', async () => {
    const { stdout } = await promisify(execFile)(
      path.resolve('node_modules/.bin/tsx'),
      ['tests/cluster/support/queuePublishes.ts', '4', tag],
      { env: { ...process.env, DATABASE_URL: databaseUrl(), SCENA_RUN_JOBS: 'false' } },
    )
    const ids = JSON.parse(stdout.trim().split('\n').pop()!) as number[]
    await within(
      90_000,
      async () => {
        const { rows } = await db.query(
          `SELECT count(*)::int AS n FROM faqs WHERE id = ANY($1) AND _status = 'published'`,
          [ids],
        )
        return rows[0].n === ids.length
      },
      'scheduled publishes',
    )
    await sleep(3000) // time for a second runner, were there one
    const { rows } = await db.query(
      `SELECT parent_id, count(*)::int AS n FROM _faqs_v WHERE parent_id = ANY($1) AND version__status = 'published' GROUP BY parent_id`,
      [ids],
    )
    expect(rows).toHaveLength(ids.length)
    for (const row of rows) expect(row.n, `publishes of FAQ ${row.parent_id}`).toBe(1)
  })
})

/** `count` GETs through the edge, `concurrency` at a time, spread over the time it takes. */
async function load(urls: string[], until: () => boolean, onResult: (ok: boolean, at: number) => void): Promise<void> {
  let i = 0
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (!until()) {
        const url = urls[i++ % urls.length]!
        const ok = await fetch(url, { signal: AbortSignal.timeout(10_000) })
          .then(async (res) => (await res.arrayBuffer(), res.status === 200))
          .catch(() => false)
        onResult(ok, Date.now())
      }
    }),
  )
}

describe('failures', () => {
  it('an instance killed under load: no failed request after the health check interval; it restarts and rejoins', async () => {
    const [victim] = await instances()
    const urls = [`${edge}/api/faqs?limit=1`, `${edge}/it/domande-frequenti`, `${edge}/en/faq`, `${edge}/api/health`]
    const failures: number[] = []
    let total = 0
    let done = false
    const started = Date.now()
    const running = load(
      urls,
      () => done,
      (ok, at) => {
        total++
        if (!ok) failures.push(at)
      },
    )
    await sleep(1000)
    const killedAt = Date.now()
    process.kill(victim!.pid, 'SIGKILL')
    await sleep(8000)
    done = true
    await running
    const checkInterval = 3000 // probe every second, sick after two failures, plus margin
    const late = failures.filter((at) => at > killedAt + checkInterval)
    console.log(
      `kill -9 under load: ${total} requests in ${Date.now() - started} ms, ${failures.length} failed (${late.length} after ${checkInterval} ms)`,
    )
    expect(late).toEqual([])

    // Restarted by the cluster under a new pid, ready, and answering through the edge again.
    await within(
      60_000,
      async () => (await instances()).find((i) => i.name === victim!.name)!.pid !== victim!.pid,
      'restart',
    )
    await within(
      60_000,
      async () => (await textOf(`${victim!.url}/api/ready`).catch(() => ({ status: 0 }))).status === 200,
      'ready',
    )
    await within(
      30_000,
      async () => (await textOf(`${edge}/api/health`)).headers.get('x-scena-instance') === victim!.name,
      'rejoined behind the edge',
    )
  })

  it('SIGTERM lets requests in flight finish', async () => {
    const [, second] = await instances()
    // (Not a sign-in: a failed one would count against this address's limit, tested below.)
    const url = new URL(`${second!.url}/api/xliff/import`)
    const body = '<?xml version="1.0"?><xliff version="2.0" srcLang="it" trgLang="en"></xliff>'
    // A request whose body is still arriving when the instance is told to stop.
    const answer = new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        },
      )
      req.on('error', reject)
      req.write(body.slice(0, 10))
      setTimeout(() => req.end(body.slice(10)), 1500)
    })
    await sleep(300)
    process.kill(second!.pid, 'SIGTERM')
    expect(await answer).toBe(401)
    await within(
      60_000,
      async () => (await textOf(`${second!.url}/api/ready`).catch(() => ({ status: 0 }))).status === 200,
      'back after SIGTERM',
    )
  })

  it('PostgreSQL away for 10 s under load: pages keep answering through the edge, writes get 503, all recover without a restart', async () => {
    const dataDir = path.resolve(process.env.E2E_PG_DATA_DIR ?? '.data/postgres')
    const pid = Number((await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8')).split('\n')[0])
    const pages = [`${edge}/it/domande-frequenti`, `${edge}/en/faq`, `${edge}/it`, `${edge}/en`]
    for (const page of pages) await textOf(page) // cached before the outage
    let failed = 0
    let served = 0
    let done = false
    const running = load(
      pages,
      () => done,
      (ok) => (ok ? served++ : failed++),
    )
    process.kill(pid, 'SIGINT')
    try {
      await sleep(1000)
      const started = Date.now()
      const write = await fetch(`${edge}/api/faqs?locale=it`, {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          question: 'Durante il guasto?',
          answer: paragraphsToLexical(['No.']),
          section: 'the-role',
        }),
      })
      expect(write.status).toBe(503)
      expect(write.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(Date.now() - started).toBeLessThan(10_000)
      await sleep(9000)
    } finally {
      restartedDatabase = await startEmbeddedPostgres({
        dataDir,
        port: Number(process.env.EMBEDDED_PG_PORT || 54329),
        database: 'scena',
      })
    }
    done = true
    await running
    console.log(`database outage: ${served} page requests answered 200, ${failed} failed`)
    expect(failed).toBe(0)
    expect(served).toBeGreaterThan(0)
    for (const instance of await instances()) {
      await within(
        30_000,
        async () => (await textOf(`${instance.url}/api/ready`)).status === 200,
        `${instance.name} ready again`,
      )
    }
    expect((await api(edge, 'GET', '/api/faqs?limit=1')).status).toBe(200)
  })
})

describe('limits shared by the instances', () => {
  it('a visitor cannot multiply the contact limit by reaching another instance', async () => {
    const [a, b] = await instances()
    const browser = await launchBrowser()
    const outcomes: string[] = []
    try {
      for (let i = 0; i < 7 && !outcomes.some((o) => o.includes('Too many')); i++) {
        const page = await browser.newPage()
        const base = i % 2 === 0 ? a!.url : b!.url
        await page.goto(`${base}/en/contact`)
        await page.getByLabel('Full name').fill(`Shared limit ${tag} ${i}`)
        await page.getByLabel('E-mail').fill(`shared-${tag}@example.org`)
        await page.getByLabel('Message').fill('Counting across instances.')
        await page.getByRole('button', { name: 'Send' }).click()
        await page.waitForFunction(
          () => (document.querySelector('.form-success, .form-status')?.textContent ?? '') !== '',
        )
        outcomes.push(await page.locator('.form-success, .form-status').first().innerText())
        await page.close()
      }
    } finally {
      await browser.close()
    }
    expect(outcomes.filter((o) => /Thank you/.test(o))).toHaveLength(5)
    expect(outcomes.at(-1)).toMatch(/Too many messages/)
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM enquiries WHERE email = $1`, [
      `shared-${tag}@example.org`,
    ])
    expect(rows[0].n).toBe(5)
  })

  it('failed sign-ins count across instances too', async () => {
    const [a, b] = await instances()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const res = await fetch(`${(i % 2 === 0 ? a : b)!.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: `nobody-${tag}@example.org`, password: 'wrong-password' }),
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true)
    expect(statuses[10]).toBe(429)
    expect((await clusterState()).services.length).toBeGreaterThan(3)
  })
})

describe('insights through the edge', () => {
  const viewsOf = async (path: string) => {
    const { status, json } = await api(edge, 'GET', '/api/insights?days=7')
    expect(status).toBe(200)
    const rows = (json as { pages: Array<{ path: string; views: number }> }).pages.filter((p) => p.path === path)
    return rows.reduce((sum, row) => sum + row.views, 0)
  }

  it('a page the edge serves from its cache is counted once, by the beacon it sends', async () => {
    const path = '/en/kit'
    await textOf(`${edge}${path}`)
    expect((await textOf(`${edge}${path}`)).headers.get('x-cache')).toBe('HIT')
    const before = await viewsOf(path)
    const browser = await launchBrowser()
    try {
      const context = await browser.newContext({ userAgent: visitorUserAgent })
      const page = await context.newPage()
      const beacon = page.waitForResponse((r) => r.url().endsWith('/api/insights/hit'), { timeout: 15_000 })
      const response = await page.goto(`${edge}${path}`)
      expect(response?.headers()['x-cache']).toBe('HIT')
      const answer = await beacon
      expect(answer.status()).toBe(204)
      expect(answer.headers()['x-cache']).toBe('MISS')
    } finally {
      await browser.close()
    }
    // Each instance writes its counts every INSIGHTS_FLUSH_SECONDS (10 by default).
    await within(25_000, async () => (await viewsOf(path)) === before + 1, 'the view counted')
    await sleep(2_000)
    expect(await viewsOf(path)).toBe(before + 1)
  })
})
