import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentCollectionSlugs } from '../../src/collections/slugs'
import { slugify } from '../../src/fields/slugify'
import { lexicalToPlainText } from '../../src/fields/richText'
import { closePayload, testPayload } from './support/payload'
import { rest } from './support/rest'
import { sample, textField, titleField, uniqueTag } from './support/samples'
import { signIn } from './support/users'

let payload: Payload
let editor: string

beforeAll(async () => {
  payload = await testPayload()
  editor = (await signIn(payload, 'editor')).token
})
afterAll(() => closePayload(payload))

describe.each(contentCollectionSlugs)('%s', (collection) => {
  const title = titleField[collection]

  async function createItalian(tag: string, extra: Record<string, unknown> = {}) {
    const res = await rest('POST', `/api/${collection}?locale=it`, {
      token: editor,
      body: { ...sample(collection, 'it', tag), ...extra, _status: 'published' },
    })
    expect(res.status, res.text).toBe(201)
    return res.json.doc as Record<string, any>
  }

  it('creates in Italian, localizes to English and reads back it, en and all', async () => {
    const tag = uniqueTag()
    const created = await createItalian(tag)
    expect(created.slug).toBe(slugify(`Titolo di prova ${tag}`))

    const updated = await rest('PATCH', `/api/${collection}/${created.id}?locale=en`, {
      token: editor,
      body: sample(collection, 'en', tag),
    })
    expect(updated.status, updated.text).toBe(200)

    const it = await rest('GET', `/api/${collection}/${created.id}?locale=it`)
    const en = await rest('GET', `/api/${collection}/${created.id}?locale=en`)
    const all = await rest('GET', `/api/${collection}/${created.id}?locale=all`)
    expect(it.json[title]).toBe(`Titolo di prova ${tag}`)
    expect(en.json[title]).toBe(`Test title ${tag}`)
    expect(en.json.slug).toBe(slugify(`Test title ${tag}`))
    expect(it.json.slug).toBe(slugify(`Titolo di prova ${tag}`))
    expect(all.json[title]).toEqual({ it: `Titolo di prova ${tag}`, en: `Test title ${tag}` })
  })

  it('falls back to Italian where the English text is missing', async () => {
    const tag = uniqueTag()
    const created = await createItalian(tag)
    const en = await rest('GET', `/api/${collection}/${created.id}?locale=en`)
    expect(en.status).toBe(200)
    expect(en.json[title]).toBe(`Titolo di prova ${tag}`)
    const englishBody = en.json[textField(collection)]
    const text = typeof englishBody === 'string' ? englishBody : lexicalToPlainText(englishBody)
    expect(text).toBe(`Testo in italiano ${tag}`)
  })

  it('keeps slugs unique per locale, not across locales', async () => {
    const tag = uniqueTag()
    const first = await createItalian(tag)
    const clash = await rest('POST', `/api/${collection}?locale=it`, {
      token: editor,
      body: { ...sample(collection, 'it', `${tag}b`), slug: first.slug, _status: 'published' },
    })
    expect(clash.status).toBe(400)
    expect(clash.text).toMatch(/slug/i)

    // The same slug in the other language is a different address, so it is allowed.
    const second = await createItalian(`${tag}c`)
    const sameSlugInEnglish = await rest('PATCH', `/api/${collection}/${second.id}?locale=en`, {
      token: editor,
      body: { ...sample(collection, 'en', tag), slug: first.slug },
    })
    expect(sameSlugInEnglish.status, sameSlugInEnglish.text).toBe(200)
    expect(sameSlugInEnglish.json.doc.slug).toBe(first.slug)
  })
})

describe('emptied English values', () => {
  it('are stored as null so the Italian text shows instead', async () => {
    const tag = uniqueTag()
    const created = await rest('POST', '/api/associations?locale=it', {
      token: editor,
      body: { ...sample('associations', 'it', tag), coordinatorRole: 'Tra i membri fondatori', _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    const emptied = await rest('PATCH', `/api/associations/${id}?locale=en`, {
      token: editor,
      body: { ...sample('associations', 'en', tag), coordinatorRole: '   ' },
    })
    expect(emptied.status, emptied.text).toBe(200)
    const en = await rest('GET', `/api/associations/${id}?locale=en`)
    expect(en.json.coordinatorRole).toBe('Tra i membri fondatori')
    const raw = await payload.findByID({ collection: 'associations', id, locale: 'en', fallbackLocale: false })
    expect(raw.coordinatorRole ?? null).toBeNull()
  })

  it('rejects a website that is not an http(s) address', async () => {
    const res = await rest('POST', '/api/associations?locale=it', {
      token: editor,
      body: { ...sample('associations', 'it', uniqueTag()), website: 'javascript:alert(1)', _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/https:\/\//)
  })
})

describe('site settings', () => {
  it('are localized leaf by leaf, navigation labels included', async () => {
    const it = await rest('POST', '/api/globals/site-settings?locale=it', {
      token: editor,
      body: { siteTitle: 'Titolo', navigation: { faq: 'Domande frequenti' } },
    })
    expect(it.status, it.text).toBe(200)
    const en = await rest('POST', '/api/globals/site-settings?locale=en', {
      token: editor,
      body: { siteTitle: 'Title', navigation: { faq: 'FAQ' } },
    })
    expect(en.status, en.text).toBe(200)
    const all = await rest('GET', '/api/globals/site-settings?locale=all')
    expect(all.json.siteTitle).toEqual({ it: 'Titolo', en: 'Title' })
    expect(all.json.navigation.faq).toEqual({ it: 'Domande frequenti', en: 'FAQ' })
  })
})
