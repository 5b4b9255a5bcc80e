import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/data/lexical'
import { searchContent, splitHighlights } from '../../src/data/search'
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
})
