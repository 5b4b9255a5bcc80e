import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchContent, searchSite, splitHighlights } from '../../src/data/search'
import { paragraphsToLexical } from '../../src/fields/richText'
import { MAX_QUERY_TERMS, normalizeQuery } from '../../src/search/query'
import { seed } from '../../src/seed'
import { closePayload, testPayload } from './support/payload'
import { uniqueTag } from './support/samples'

let payload: Payload
const tag = uniqueTag()
const ids: Record<string, number> = {}

async function faq(key: string, it: { q: string; a: string }, en?: { q: string; a: string }, status = 'published') {
  const doc = await payload.create({
    collection: 'faqs',
    locale: 'it',
    draft: status === 'draft',
    data: { question: it.q, answer: paragraphsToLexical([it.a]), section: 'the-role', _status: status as 'published' },
    context: { disableRevalidate: true },
  })
  if (en) {
    await payload.update({
      collection: 'faqs',
      id: doc.id,
      locale: 'en',
      data: { question: en.q, answer: paragraphsToLexical([en.a]), _status: status as 'published' },
      context: { disableRevalidate: true },
    })
  }
  ids[key] = doc.id
}

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload) // idempotent: the practice's content, whichever test file runs first
  // A word no seed text contains, so only these entries match.
  await faq(
    'title',
    { q: `Perché serve la zattera${tag}?`, a: 'Una risposta qualsiasi.' },
    { q: `Why the raft${tag}?`, a: 'Any answer.' },
  )
  await faq(
    'body',
    { q: 'Una domanda qualunque?', a: `La zattera${tag} è un attrezzo di scena. Qualità e sicurezza.` },
    { q: 'Some question?', a: `The raft${tag} is a stage prop for rehearsals.` },
  )
  await faq('draft', { q: `Bozza zattera${tag}?`, a: 'Mai pubblica.' }, undefined, 'draft')
})
afterAll(() => closePayload(payload))

describe('search', () => {
  it('finds published FAQs in Italian, title matches ranked first, drafts never', async () => {
    const hits = await searchContent('it', `zattera${tag}`)
    expect(hits.map((h) => h.id)).toEqual([ids.title, ids.body])
    expect(hits[0]!.title.find((p) => p.match)?.text).toBe(`zattera${tag}`)
    expect(hits[1]!.snippet.some((p) => p.match && p.text === `zattera${tag}`)).toBe(true)
  })

  it('stems each language: plural and singular find each other', async () => {
    expect((await searchContent('en', `rafts${tag}`)).length).toBe(0) // a different token
    expect((await searchContent('en', 'rehearsal')).map((h) => h.id)).toContain(ids.body)
    expect((await searchContent('it', 'attrezzi')).map((h) => h.id)).toContain(ids.body)
  })

  it('ignores accents: "qualita" finds "Qualità" and highlights the original word', async () => {
    const hit = (await searchContent('it', 'qualita')).find((h) => h.id === ids.body)
    expect(hit?.snippet.find((p) => p.match)?.text).toBe('Qualità')
    expect((await searchContent('it', 'perche serve')).map((h) => h.id)).toContain(ids.title)
  })

  it('searches the seeded content in both languages', async () => {
    expect((await searchContent('en', 'choreographer')).length).toBeGreaterThan(0)
    expect((await searchContent('it', 'coreografo')).length).toBeGreaterThan(0)
  })

  it('takes any input safely and returns nothing for nothing', async () => {
    expect(await searchContent('it', '   ')).toEqual([])
    for (const odd of ["' OR 1=1 --", '& | ! ( )', '"unterminated', 'x'.repeat(5000), '<script>']) {
      await expect(searchContent('en', odd)).resolves.toBeInstanceOf(Array)
    }
  })

  it('splits highlights into parts without HTML', () => {
    expect(splitHighlights('a \u0001b\u0002 c')).toEqual([
      { text: 'a ', match: false },
      { text: 'b', match: true },
      { text: ' c', match: false },
    ])
  })

  it('bounds the words searched and says how many were left out', async () => {
    const words = Array.from({ length: MAX_QUERY_TERMS + 3 }, (_, i) => `parola${i}`)
    const bounded = normalizeQuery(`  ${words.join('   ')} `)
    expect(bounded.text).toBe(words.slice(0, MAX_QUERY_TERMS).join(' '))
    expect(bounded.ignoredTerms).toBe(3)
    // a word is a run of letters or digits, as PostgreSQL's parser splits it
    expect(normalizeQuery('a-b-c-d-e-f-g-h-i-j-k-l').text).toBe('a-b-c-d-e-f-g-h-i-j')
    expect(normalizeQuery(`zattera${tag} qualità`)).toEqual({ text: `zattera${tag} qualità`, ignoredTerms: 0 })
    const result = await searchSite('it', `zattera${tag} ${'e '.repeat(MAX_QUERY_TERMS)}`)
    expect(result).toMatchObject({ status: 'ok', ignoredTerms: 1 })
  })

  it('answers "timeout" instead of throwing when PostgreSQL cancels a slow search, and the next search works', async () => {
    // A lock held elsewhere makes the search wait, so it deterministically outlives the timeout.
    const pool = (payload.db as unknown as { pool: Pool }).pool
    const locker = await pool.connect()
    const previous = process.env.SEARCH_TIMEOUT_MS
    process.env.SEARCH_TIMEOUT_MS = '150'
    try {
      await locker.query('BEGIN')
      await locker.query('LOCK TABLE faqs_locales IN ACCESS EXCLUSIVE MODE')
      const started = Date.now()
      const result = await searchSite('en', `raft${tag}`)
      expect(result).toEqual({ status: 'timeout', query: `raft${tag}`, ignoredTerms: 0 })
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      await locker.query('ROLLBACK')
      locker.release()
      if (previous === undefined) delete process.env.SEARCH_TIMEOUT_MS
      else process.env.SEARCH_TIMEOUT_MS = previous
    }
    // The same search works once the lock is gone.
    const again = await searchSite('en', `raft${tag}`)
    expect(again.status === 'ok' && again.hits.map((h) => h.id)).toEqual([ids.title, ids.body])
    // SET LOCAL: no pooled connection keeps the short timeout (they keep the pool's own, 30 s).
    const db = (payload.db as unknown as { drizzle: { execute: (q: string) => Promise<{ rows: unknown[] }> } }).drizzle
    for (let i = 0; i < 3; i++) {
      const { rows } = await db.execute('SHOW statement_timeout')
      expect(rows).toEqual([{ statement_timeout: '30s' }])
    }
  })

  it('answers the same whatever the case or spacing, and finds what was published a moment ago', async () => {
    const first = await searchSite('it', `zattera${tag}`)
    expect(first.status === 'ok' && first.hits.map((h) => h.id)).toEqual([ids.title, ids.body])
    const repeated = await searchSite('it', `  ZATTERA${tag}  `)
    expect(repeated).toEqual({ ...first, query: `ZATTERA${tag}` })
    await faq('later', { q: `Un'altra zattera${tag}?`, a: 'Arrivata dopo.' })
    const fresh = await searchSite('it', `zattera${tag}`)
    expect(fresh.status === 'ok' && fresh.hits.map((h) => h.id).sort()).toEqual([ids.title, ids.body, ids.later].sort())
  })
})
