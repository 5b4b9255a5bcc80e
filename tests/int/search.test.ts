import type { Payload } from 'payload'
import type { Pool } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import { PgDialect } from '@payloadcms/db-postgres/drizzle/pg-core'

import { contentTypes } from '../../src/collections/contentTypes'
import { contentCollectionSlugs } from '../../src/collections/slugs'
import { listEntries } from '../../src/data/entries'
import { searchContent, searchSite, searchStatement, splitHighlights } from '../../src/data/search'
import { localesTable, searchIndexName, searchVector } from '../../src/db/searchIndexes'
import { paragraphsToLexical } from '../../src/fields/richText'
import { type Locale, locales } from '../../src/i18n/locales'
import { getPathname } from '../../src/i18n/paths'
import { MAX_QUERY_TERMS, normalizeQuery } from '../../src/search/query'
import { seed } from '../../src/seed'
import { searchHitHref } from '../../src/site/searchHits'
import { closePayload, testPayload } from './support/payload'
import { sample, uniqueTag } from './support/samples'

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

/** A published entry of a type without pages of its own, in Italian and English. */
async function entryOf(
  key: string,
  collection: 'kit-items' | 'associations',
  it: Record<string, unknown>,
  en: Record<string, unknown>,
) {
  const doc = await payload.create({
    collection,
    locale: 'it',
    data: { ...sample(collection, 'it', tag), ...it, _status: 'published' } as never,
    context: { disableRevalidate: true },
  })
  await payload.update({
    collection,
    id: doc.id,
    locale: 'en',
    data: { ...en, _status: 'published' },
    context: { disableRevalidate: true },
  })
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
  // Words only a kit item (in its name and its plain-text description) and an association (in its
  // rich-text description) contain.
  await entryOf(
    'kit',
    'kit-items',
    { name: `Ventaglio${tag}`, description: `Un telo${tag} leggero per le pause sul set.` },
    { name: `Fan${tag}`, description: `A light sheet${tag} for breaks on set.` },
  )
  await entryOf(
    'association',
    'associations',
    { name: `Rete di prova ${tag}`, description: paragraphsToLexical([`Riunisce i coordinatori${tag} italiani.`]) },
    { name: `Test network ${tag}`, description: paragraphsToLexical([`Brings together Italian coordinators${tag}.`]) },
  )
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

  it('finds kit items and associations in the visitor’s language, linked to their anchor on their section', async () => {
    // Words in the kit item's plain-text description and in the association's rich text.
    const cases: Array<[Locale, string, 'kit-items' | 'associations', string]> = [
      ['it', `telo${tag}`, 'kit-items', '/it/kit#'],
      ['en', `sheet${tag}`, 'kit-items', '/en/kit#'],
      ['it', `coordinatori${tag}`, 'associations', '/it/associazione#'],
      ['en', `coordinators${tag}`, 'associations', '/en/association#'],
    ]
    for (const [locale, word, kind, section] of cases) {
      const id = kind === 'kit-items' ? ids.kit : ids.association
      const hits = await searchContent(locale, word)
      expect(
        hits.map((h) => [h.kind, h.id]),
        `${locale} ${word}`,
      ).toEqual([[kind, id]])
      const [hit] = hits
      expect(hit!.snippet.some((p) => p.match && p.text === word)).toBe(true)
      // The link lands on the card or article the section page renders, whose id is its slug there.
      const list = await listEntries(kind, locale)
      const shown = list.find((view) => view.id === id)
      expect(getPathname({ locale, href: searchHitHref(hit!) })).toBe(`${section}${shown!.slugs[locale]}`)
    }
    // The name is the result's title; each language finds only its own text.
    const [byName] = await searchContent('it', `ventaglio${tag}`)
    expect(byName).toMatchObject({ kind: 'kit-items', id: ids.kit })
    expect(byName!.title).toEqual([{ text: `Ventaglio${tag}`, match: true }])
    expect(await searchContent('en', `ventaglio${tag}`)).toEqual([])
    expect(await searchContent('it', `fan${tag}`)).toEqual([])
  })

  it('links a type with entry pages to the entry’s own page', () => {
    expect(getPathname({ locale: 'it', href: searchHitHref({ kind: 'faqs', slug: 'una' }) })).toBe(
      '/it/domande-frequenti/una',
    )
    expect(getPathname({ locale: 'en', href: searchHitHref({ kind: 'services', slug: 'one' }) })).toBe(
      '/en/services/one',
    )
  })

  it('has, for every content type, each language’s index on exactly the expression the search matches', async () => {
    const db = payload.db.drizzle
    for (const locale of locales) {
      const { rows: plan } = await db.execute<{ 'QUERY PLAN': string }>(
        sql`EXPLAIN ${searchStatement(locale, 'scena', 30)}`,
      )
      // The searched text each table's scan matches, as PostgreSQL prints it (whichever plan it picks).
      const matched = new Map<string, string>()
      let table = ''
      for (const { 'QUERY PLAN': line } of plan) {
        table = /Scan on (\w+_locales)\b/.exec(line)?.[1] ?? table
        const expression = /to_tsvector\('scena_\w+'::regconfig, scena_search_text\([^()]*\)\)/.exec(line)?.[0]
        if (expression && !matched.has(table)) matched.set(table, expression)
      }
      for (const collection of contentCollectionSlugs) {
        // A new content type's two indexes come with its migration (`npm run migrate:create`): see
        // the README, "Adding a field or a content type", and the test below.
        const index = `${collection.replace(/-/g, '_')}_locales_search_${locale}`
        const { rows } = await db.execute<{ tablename: string; indexdef: string }>(
          sql`SELECT tablename, indexdef FROM pg_indexes WHERE indexname = ${index}`,
        )
        expect(rows.length, `the index ${index}`).toBe(1)
        expect(matched.get(rows[0]!.tablename), index).toBeTruthy()
        expect(rows[0]!.indexdef, index).toContain(matched.get(rows[0]!.tablename))
      }
    }
  })

  it('declares those indexes in Payload’s schema, so `npm run migrate:create` writes a new type’s with its tables', async () => {
    // What migrate:create compares with the last migration's snapshot (src/db/searchIndexes.ts adds them).
    const adapter = payload.db as unknown as PostgresAdapter
    const schema = await adapter.requireDrizzleKit().generateDrizzleJson(adapter.schema)
    const dialect = new PgDialect()
    for (const kind of contentCollectionSlugs) {
      for (const locale of locales) {
        const name = searchIndexName(kind, locale)
        const expression = dialect.sqlToQuery(searchVector(locale, contentTypes[kind].custom.searched)).sql
        expect(schema.tables[`public.${localesTable(kind)}`]?.indexes[name], name).toEqual({
          name,
          columns: [{ expression, asc: true, isExpression: true, nulls: 'last' }],
          isUnique: false,
          where: `_locale = '${locale}'`,
          concurrently: false,
          method: 'gin',
          with: {},
        })
      }
    }
    // As drizzle-kit writes it, and as the first migrations wrote it by hand.
    expect(schema.tables['public.faqs_locales']?.indexes.faqs_locales_search_it?.columns[0]?.expression).toBe(
      "to_tsvector('scena_it'::regconfig, scena_search_text(question, NULL, answer))",
    )
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
