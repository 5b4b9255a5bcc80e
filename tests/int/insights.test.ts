import { spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { submitEnquiry } from '../../src/contact/submit'
import { paragraphsToLexical } from '../../src/fields/richText'
import { insightsQuery, isBot } from '../../src/insights/classify'
import {
  deleteExpiredInsights,
  flushInsights,
  pendingInsights,
  resetInsightsBound,
  stopInsightsTimer,
} from '../../src/insights/counter'
import { forgetPublishedSlugs } from '../../src/insights/paths'
import { closePayload, testPayload } from './support/payload'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'
import { signIn } from './support/users'

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
let payload: Payload
let editor = ''
let translator = ''
const tag = uniqueTag()
let slugs: { it: string; en: string }

const beacon = (body: unknown, headers: Record<string, string> = {}) =>
  rest('POST', '/api/insights/hit', {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'User-Agent': BROWSER, ...headers },
  })

const report = async (days = 30) => {
  const res = await rest('GET', `/api/insights?days=${days}`, { token: editor })
  expect(res.status).toBe(200)
  return res.json as {
    pages: Array<{ path: string; locale: string; views: number }>
    referrers: Array<{ host: string; views: number }>
    searches: {
      top: Array<{ query: string; locale: string; count: number }>
      zeroResults: Array<{ query: string; locale: string; count: number }>
    }
    enquiries: Array<{ week: string; count: number; fromPath: string | null }>
  }
}
const viewsOf = async (pagePath: string) => (await report()).pages.find((p) => p.path === pagePath)?.views ?? 0

beforeAll(async () => {
  payload = await testPayload()
  editor = (await signIn(payload, 'editor')).token
  translator = (await signIn(payload, 'translator')).token
  const doc = await payload.create({
    collection: 'faqs',
    locale: 'it',
    data: {
      question: `Chi decide le scene ${tag}?`,
      answer: paragraphsToLexical(['La regia, con il consenso.']),
      section: 'the-role',
      _status: 'published',
    },
    context: { disableRevalidate: true },
  })
  const en = await payload.update({
    collection: 'faqs',
    id: doc.id,
    locale: 'en',
    data: {
      question: `Who decides the scenes ${tag}?`,
      answer: paragraphsToLexical(['The director, with consent.']),
      _status: 'published',
    },
    context: { disableRevalidate: true },
  })
  const both = await payload.findByID({ collection: 'faqs', id: en.id, locale: 'all' })
  slugs = both.slug as unknown as { it: string; en: string }
  forgetPublishedSlugs()
})
afterAll(async () => {
  stopInsightsTimer()
  await closePayload(payload)
})
beforeEach(() => resetInsightsBound())

describe('the beacon', () => {
  it('counts a page view, visible in /api/insights after the flush, with no cookie set', async () => {
    const before = await viewsOf('/en/faq')
    const res = await beacon({ path: '/en/faq', referrer: 'https://www.Example.org/some/page?q=secret' })
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    const raw = await rest('POST', '/api/insights/hit', {
      body: JSON.stringify({ path: '/it/domande-frequenti' }),
      headers: { 'User-Agent': BROWSER },
    })
    expect(raw.status).toBe(204)
    expect(pendingInsights()).toBeGreaterThan(0)
    await flushInsights(payload)
    expect(pendingInsights()).toBe(0)
    const data = await report()
    expect(data.pages.find((p) => p.path === '/en/faq')).toEqual({ path: '/en/faq', locale: 'en', views: before + 1 })
    expect(data.pages.find((p) => p.path === '/it/domande-frequenti')?.locale).toBe('it')
    // Only the host, never the page or its query.
    expect(data.referrers.find((r) => r.host === 'example.org')?.views).toBeGreaterThanOrEqual(1)
    expect(JSON.stringify(data)).not.toContain('secret')
  })

  it('sets no cookie and is never cached', async () => {
    const { POST } = await import('../../src/api/routes')
    const response = await POST(
      new Request('http://localhost:3000/api/insights/hit', {
        method: 'POST',
        headers: { 'User-Agent': BROWSER, 'Content-Type': 'text/plain' },
        body: JSON.stringify({ path: '/it' }),
      }),
      { params: Promise.resolve({ slug: ['insights', 'hit'] }) },
    )
    expect(response.status).toBe(204)
    expect(response.headers.get('set-cookie')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('the lean route browsers reach (no Payload request) answers the same', async () => {
    const { POST } = await import('../../src/insights/beaconRoute')
    const send = (body: BodyInit, headers: Record<string, string> = {}) =>
      POST(
        new Request('http://localhost:3000/api/insights/hit', {
          method: 'POST',
          headers: { 'User-Agent': BROWSER, 'Content-Type': 'text/plain', ...headers },
          body,
          duplex: 'half',
        } as RequestInit),
      )
    const before = await viewsOf('/en/services')
    const ok = await send(JSON.stringify({ path: '/en/services' }))
    expect(ok.status).toBe(204)
    expect(ok.headers.get('set-cookie')).toBeNull()
    expect(ok.headers.get('cache-control')).toBe('no-store')
    const made = await send(JSON.stringify({ path: '/en/nope' }), { 'Accept-Language': 'en-GB,en' })
    expect(made.status).toBe(400)
    expect(await made.json()).toEqual({
      errors: [{ message: 'Not a published page of this site: it is not counted.', data: { code: 'errInsightsPath' } }],
    })
    const italian = await send('nope')
    expect(((await italian.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toContain(
      'al massimo 4 kB',
    )
    // A streamed body (no Content-Length) is read no further than the limit.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 100; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)))
        controller.close()
      },
    })
    const big = await send(stream)
    expect(big.status).toBe(400)
    await flushInsights(payload)
    expect(await viewsOf('/en/services')).toBe(before + 1)
  })

  it('counts entry pages by their published slug in that language, and a second view again', async () => {
    const itPath = `/it/domande-frequenti/${slugs.it}`
    const enPath = `/en/faq/${slugs.en}`
    expect((await beacon({ path: itPath })).status).toBe(204)
    expect((await beacon({ path: enPath })).status).toBe(204)
    expect((await beacon({ path: enPath })).status).toBe(204)
    await flushInsights(payload)
    const data = await report()
    expect(data.pages.find((p) => p.path === itPath)).toEqual({ path: itPath, locale: 'it', views: 1 })
    expect(data.pages.find((p) => p.path === enPath)).toEqual({ path: enPath, locale: 'en', views: 2 })
  })

  it('does not count Sec-GPC, DNT, bots, prefetches, previews or signed-in staff (204 all the same)', async () => {
    const before = await viewsOf('/en/contact')
    const cases: Array<Record<string, string>> = [
      { 'Sec-GPC': '1' },
      { DNT: '1' },
      { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
      { 'User-Agent': 'curl/8.5.0' },
      { 'User-Agent': '' },
      { 'Sec-Purpose': 'prefetch;prerender' },
      { Cookie: '__prerender_bypass=abc' },
      { Cookie: 'payload-token=abc' },
    ]
    for (const headers of cases)
      expect((await beacon({ path: '/en/contact' }, headers)).status, JSON.stringify(headers)).toBe(204)
    await flushInsights(payload)
    expect(await viewsOf('/en/contact')).toBe(before)
    expect(isBot('Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36')).toBe(false)
  })

  it('refuses made-up paths and bodies with a 4xx and a stable code, counting nothing', async () => {
    const refusals: Array<[unknown, number, string]> = [
      [{ path: '/en/made-up' }, 400, 'errInsightsPath'],
      [{ path: '/it/domande-frequenti/non-esiste' }, 400, 'errInsightsPath'],
      [{ path: `/it/faq/${slugs.en}` }, 400, 'errInsightsPath'],
      [{ path: `/en/faq/${slugs.it}` }, 400, 'errInsightsPath'],
      [{ path: '/it/preview/faqs/1' }, 400, 'errInsightsPath'],
      [{ path: '/admin' }, 400, 'errInsightsPath'],
      [{ path: '/it/%ZZ' }, 400, 'errInsightsPath'],
      [{ path: `/en/${'x'.repeat(400)}` }, 400, 'errInsightsPath'],
      [{ nopath: true }, 400, 'errInsightsBody'],
      ['not json', 400, 'errInsightsBody'],
      ['[1,2]', 400, 'errInsightsBody'],
      [JSON.stringify({ path: '/it', pad: 'x'.repeat(5000) }), 400, 'errInsightsBody'],
      [{ path: '/en/search', search: { q: 'x'.repeat(201), found: false } }, 400, 'errInsightsQuery'],
      [{ path: '/en/search', search: { q: 'consent', found: 'no' } }, 400, 'errInsightsQuery'],
      [{ path: '/en/faq', search: { q: 'consent', found: false } }, 400, 'errInsightsQuery'],
    ]
    for (const [body, status, code] of refusals) {
      const res = await beacon(body)
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status)
      expect(res.json?.errors?.[0]?.data?.code).toBe(code)
    }
    expect(pendingInsights()).toBe(0)
  })

  it('bounds the new keys one instance accepts per minute (429, nothing counted past it)', async () => {
    process.env.INSIGHTS_MAX_NEW_KEYS_PER_MINUTE = '3'
    try {
      const statuses = []
      for (let i = 0; i < 5; i++)
        statuses.push((await beacon({ path: '/it', referrer: `https://r${i}.example.net/` })).status)
      expect(statuses).toEqual([204, 204, 204, 429, 429])
      // A key already pending is still counted.
      expect((await beacon({ path: '/it', referrer: 'https://r0.example.net/' })).status).toBe(204)
    } finally {
      delete process.env.INSIGHTS_MAX_NEW_KEYS_PER_MINUTE
    }
    await flushInsights(payload)
    const hosts = (await report()).referrers.map((r) => r.host)
    expect(hosts).toContain('r0.example.net')
    expect(hosts).not.toContain('r3.example.net')
  })

  it('is answered and forgotten when INSIGHTS_ENABLED=false', async () => {
    process.env.INSIGHTS_ENABLED = 'false'
    try {
      expect((await beacon({ path: '/en/made-up' })).status).toBe(204)
      expect((await beacon({ path: '/en' })).status).toBe(204)
    } finally {
      delete process.env.INSIGHTS_ENABLED
    }
    expect(pendingInsights()).toBe(0)
  })
})

describe('searches', () => {
  it('counts a search that found nothing under zeroResults, normalized as the search normalizes', async () => {
    const word = `Nudità  Zattera${tag.toUpperCase()}`
    expect(insightsQuery(`  ${word} `)).toBe(`nudita zattera${tag}`)
    expect((await beacon({ path: '/it/cerca', search: { q: `  ${word} `, found: false } })).status).toBe(204)
    expect((await beacon({ path: '/it/cerca', search: { q: `nudita zattera${tag}`, found: false } })).status).toBe(204)
    expect((await beacon({ path: '/en/search', search: { q: 'Consent', found: true } })).status).toBe(204)
    await flushInsights(payload)
    const data = await report()
    expect(data.searches.zeroResults).toContainEqual({ query: `nudita zattera${tag}`, locale: 'it', count: 2 })
    expect(data.searches.top).toContainEqual({ query: `nudita zattera${tag}`, locale: 'it', count: 2 })
    expect(data.searches.top.find((s) => s.query === 'consent' && s.locale === 'en')?.count).toBeGreaterThanOrEqual(1)
    expect(data.searches.zeroResults.find((s) => s.query === 'consent')).toBeUndefined()
  })
})

describe('enquiries by the page they were sent from', () => {
  it('records the page path (a published page only) and counts enquiries per week', async () => {
    const form = (t: string, fromPath: string) => ({
      name: `Produttrice ${t}`,
      email: `insights-${t}@example.org`,
      message: 'Cerchiamo un Intimacy Coordinator.',
      website: '',
      fromPath,
    })
    const enPath = `/en/faq/${slugs.en}`
    expect(await submitEnquiry(payload, form(`${tag}a`, enPath), { visitor: `i-${tag}a`, locale: 'en' })).toEqual({
      status: 'sent',
    })
    await submitEnquiry(payload, form(`${tag}b`, '/en/made-up'), { visitor: `i-${tag}b`, locale: 'en' })
    const stored = await payload.find({
      collection: 'enquiries',
      where: { email: { in: [`insights-${tag}a@example.org`, `insights-${tag}b@example.org`] } },
      sort: 'email',
    })
    expect(stored.docs.map((d) => d.fromPath)).toEqual([enPath, null])
    const data = await report()
    const monday = new Date()
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
    expect(data.enquiries).toContainEqual({ week: monday.toISOString().slice(0, 10), count: 1, fromPath: enPath })
  })
})

describe('retention', () => {
  it('deletes days older than INSIGHTS_RETENTION_DAYS', async () => {
    const q = (text: string, params: unknown[] = []) => payload.db.pool.query(text, params)
    await q(
      `INSERT INTO insights_page_views (day, path, locale, referrer_host, views) VALUES
       (current_date - 20, '/it/kit', 'it', 'old.example', 1), (current_date - 8, '/it/kit', 'it', 'recent.example', 1)`,
    )
    await q(
      `INSERT INTO insights_searches (day, locale, query, found, count) VALUES (current_date - 20, 'it', 'vecchia', false, 1)`,
    )
    process.env.INSIGHTS_RETENTION_DAYS = '10'
    try {
      await deleteExpiredInsights(payload)
    } finally {
      delete process.env.INSIGHTS_RETENTION_DAYS
    }
    const hosts = (await q(`SELECT referrer_host FROM insights_page_views WHERE path = '/it/kit'`)).rows.map(
      (r) => r.referrer_host,
    )
    expect(hosts).toContain('recent.example')
    expect(hosts).not.toContain('old.example')
    expect((await q(`SELECT 1 FROM insights_searches WHERE query = 'vecchia'`)).rowCount).toBe(0)
    // The 7-day report leaves out what is older than 7 days.
    expect((await report(7)).referrers.map((r) => r.host)).not.toContain('recent.example')
  })
})

describe('GET /api/insights', () => {
  it('is for editors and admins: 401 anonymous, 403 translator', async () => {
    const anonymous = await rest('GET', '/api/insights?days=30')
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].data.code).toBe('errInsightsSignIn')
    const other = await rest('GET', '/api/insights?days=30', { token: translator })
    expect(other.status).toBe(403)
    expect(other.json.errors[0].data.code).toBe('errInsightsStaffOnly')
  })

  it('refuses a bad period, format or table with 400 and a code', async () => {
    for (const [query, code] of [
      ['days=0', 'errInsightsDays'],
      ['days=401', 'errInsightsDays'],
      ['days=abc', 'errInsightsDays'],
      ['days=7.5', 'errInsightsDays'],
      ['days=-1', 'errInsightsDays'],
      ['format=xml', 'errInsightsFormat'],
      ['format=csv', 'errInsightsTable'],
      ['format=csv&table=users', 'errInsightsTable'],
    ]) {
      const res = await rest('GET', `/api/insights?${query}`, { token: editor })
      expect(res.status, query).toBe(400)
      expect(res.json.errors[0].data.code, query).toBe(code)
    }
    const italian = await rest('GET', '/api/insights?days=x', { token: editor, headers: { 'Accept-Language': 'it' } })
    expect(italian.json.errors[0].message).toContain('Periodo non valido')
  })

  it('exports each table as CSV', async () => {
    const res = await rest('GET', '/api/insights?days=30&format=csv&table=pages', { token: editor })
    expect(res.status).toBe(200)
    expect(res.text.split('\r\n')[0]).toBe('path,locale,views')
    expect(res.text).toContain('/en/faq,en,')
    const zero = await rest('GET', '/api/insights?format=csv&table=zero-results', { token: editor })
    expect(zero.text).toContain(`nudita zattera${tag},it,2`)
  })
})

describe('what to translate first', () => {
  it('GET /api/translation-status?sort=views: entries with their English views, most viewed first', async () => {
    const second = await payload.create({
      collection: 'faqs',
      locale: 'it',
      data: {
        question: `Quanto dura una prova ${tag}?`,
        answer: paragraphsToLexical(['Dipende.']),
        section: 'the-role',
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })
    await payload.update({
      collection: 'faqs',
      id: second.id,
      locale: 'en',
      data: {
        question: `How long is a rehearsal ${tag}?`,
        answer: paragraphsToLexical(['It depends.']),
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })
    const secondSlug = ((await payload.findByID({ collection: 'faqs', id: second.id, locale: 'en' })).slug ??
      '') as string
    forgetPublishedSlugs()
    for (let i = 0; i < 5; i++) expect((await beacon({ path: `/en/faq/${secondSlug}` })).status).toBe(204)
    await flushInsights(payload)

    const res = await rest('GET', '/api/translation-status?collection=faqs&sort=views', { token: translator })
    expect(res.status).toBe(200)
    const entries = res.json.faqs.entries as Array<{ id: number; views: number }>
    const views = entries.map((e) => e.views)
    expect(views).toEqual([...views].sort((a, b) => b - a))
    const position = (id: number | string) => entries.findIndex((e) => e.id === id)
    const first = entries.find((e) => e.id === second.id)
    expect(first?.views).toBe(5)
    const earlier = entries.find((e) => e.views === 2)
    expect(earlier).toBeDefined()
    expect(position(second.id)).toBeLessThan(position(earlier!.id))

    const unsorted = await rest('GET', '/api/translation-status?collection=faqs', { token: translator })
    expect(unsorted.json.faqs.entries[0].views).toBeUndefined()
    const bad = await rest('GET', '/api/translation-status?sort=popularity', { token: translator })
    expect(bad.status).toBe(400)
    expect(bad.json.errors[0].data.code).toBe('errInsightsSort')
  })
})

describe('shutdown', () => {
  it('writes pending counts when the process is stopped with SIGTERM', async () => {
    const root = path.resolve(import.meta.dirname, '../..')
    // As `npm start` runs the server: node with tsx's loader, no wrapper process in between.
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/int/support/insightsProcess.ts'], {
      cwd: root,
      env: { ...process.env, INSIGHTS_FLUSH_SECONDS: '3600' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no READY: ${output}`)), 60_000)
      child.stdout.on('data', () => {
        if (output.includes('READY')) {
          clearTimeout(timer)
          resolve()
        }
      })
    })
    const before = await viewsOf('/en/kit')
    child.kill('SIGTERM')
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    expect(code).toBe(0)
    expect(output).toContain('COUNTED 3')
    expect(await viewsOf('/en/kit')).toBe(before + 3)
  })
})
