import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentCollectionSlugs } from '../../src/collections/slugs'
import { closePayload, testPayload } from './support/payload'
import { rest } from './support/rest'
import { localizedPart, sample, titleField, uniqueTag } from './support/samples'
import { signIn } from './support/users'

let payload: Payload
const tokens: Record<'admin' | 'editor' | 'translator', string> = { admin: '', editor: '', translator: '' }
const ids: Record<'admin' | 'editor' | 'translator', number | string> = { admin: 0, editor: 0, translator: 0 }

beforeAll(async () => {
  payload = await testPayload()
  for (const role of ['admin', 'editor', 'translator'] as const) {
    const session = await signIn(payload, role)
    tokens[role] = session.token
    ids[role] = session.id
  }
})
afterAll(() => closePayload(payload))

describe.each(contentCollectionSlugs)('%s', (collection) => {
  const title = titleField[collection]

  async function create(status: 'published' | 'draft', tag = uniqueTag()) {
    const res = await rest('POST', `/api/${collection}?locale=it${status === 'draft' ? '&draft=true' : ''}`, {
      token: tokens.editor,
      body: { ...sample(collection, 'it', tag), _status: status },
    })
    expect(res.status, res.text).toBe(201)
    return res.json.doc as { id: number; slug: string }
  }

  it('anonymous visitors cannot create, update or delete', async () => {
    const doc = await create('published')
    expect((await rest('POST', `/api/${collection}`, { body: sample(collection, 'it', uniqueTag()) })).status).toBe(403)
    expect((await rest('PATCH', `/api/${collection}/${doc.id}`, { body: { [title]: 'x' } })).status).toBe(403)
    expect((await rest('DELETE', `/api/${collection}/${doc.id}`)).status).toBe(403)
    const still = await payload.findByID({ collection, id: doc.id, locale: 'it' })
    expect(still[title as keyof typeof still]).not.toBe('x')
  })

  it('anonymous visitors see published entries only, never drafts', async () => {
    const published = await create('published')
    const draft = await create('draft')
    const list = await rest('GET', `/api/${collection}?limit=1000&depth=0`)
    const listed = list.json.docs.map((d: { id: number }) => d.id)
    expect(listed).toContain(published.id)
    expect(listed).not.toContain(draft.id)
    expect((await rest('GET', `/api/${collection}/${draft.id}`)).status).toBe(404)
    expect((await rest('GET', `/api/${collection}/${draft.id}?draft=true`)).status).toBe(404)

    // A newer draft of a published entry stays private too.
    const edit = await rest('PATCH', `/api/${collection}/${published.id}?locale=it&draft=true`, {
      token: tokens.editor,
      body: { [title]: 'Bozza non pubblicata' },
    })
    expect(edit.status, edit.text).toBe(200)
    const publicView = await rest('GET', `/api/${collection}/${published.id}?locale=it&draft=true`)
    expect(publicView.status).toBe(200)
    expect(publicView.json[title]).toMatch(/^Titolo di prova /)
    const editorView = await rest('GET', `/api/${collection}/${published.id}?locale=it&draft=true`, {
      token: tokens.editor,
    })
    expect(editorView.json[title]).toBe('Bozza non pubblicata')
  })

  it.each(['editor', 'admin'] as const)('%s can create, update and delete', async (role) => {
    const created = await rest('POST', `/api/${collection}?locale=it`, {
      token: tokens[role],
      body: { ...sample(collection, 'it', uniqueTag()), _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    const updated = await rest('PATCH', `/api/${collection}/${id}?locale=it`, {
      token: tokens[role],
      body: { order: 7 },
    })
    expect(updated.status, updated.text).toBe(200)
    expect(updated.json.doc.order).toBe(7)
    expect((await rest('DELETE', `/api/${collection}/${id}`, { token: tokens[role] })).status).toBe(200)
    expect((await rest('GET', `/api/${collection}/${id}`, { token: tokens[role] })).status).toBe(404)
  })

  it('a translator cannot create, delete or change the Italian source, but can write English', async () => {
    const doc = await create('published')
    const token = tokens.translator
    expect(
      (await rest('POST', `/api/${collection}?locale=en`, { token, body: sample(collection, 'en', uniqueTag()) }))
        .status,
    ).toBe(403)
    expect((await rest('DELETE', `/api/${collection}/${doc.id}`, { token })).status).toBe(403)
    expect(
      (await rest('PATCH', `/api/${collection}/${doc.id}?locale=it`, { token, body: { [title]: 'x' } })).status,
    ).toBe(403)
    expect((await rest('PATCH', `/api/${collection}/${doc.id}`, { token, body: { [title]: 'x' } })).status).toBe(403)

    const tag = uniqueTag()
    const english = await rest('PATCH', `/api/${collection}/${doc.id}?locale=en`, {
      token,
      body: localizedPart(collection, 'en', tag),
    })
    expect(english.status, english.text).toBe(200)
    // Saved as a draft: a translator publishes only by asking to (English only).
    const all = await payload.findByID({ collection, id: doc.id, locale: 'all', draft: true })
    const titles = all[title as keyof typeof all] as unknown as Record<string, string>
    expect(titles.en).toBe(`Test title ${tag}`)
    expect(titles.it).toMatch(/^Titolo di prova /)
  })
})

describe('translators and shared fields', () => {
  it('changing a field shared by both languages is a 403 naming it; nothing is stored', async () => {
    const created = await rest('POST', '/api/faqs?locale=it', {
      token: tokens.editor,
      body: { ...sample('faqs', 'it', uniqueTag()), order: 3, _status: 'published' },
    })
    const id = created.json.doc.id
    const before = await payload.findByID({ collection: 'faqs', id, locale: 'all', depth: 0 })
    const res = await rest('PATCH', `/api/faqs/${id}?locale=en`, {
      token: tokens.translator,
      body: { ...localizedPart('faqs', 'en', uniqueTag()), order: 99 },
    })
    expect(res.status).toBe(403)
    // Named as the admin labels it, in the caller's language, with a stable code beside it.
    expect(res.json.errors[0].message).toMatch(/«Order» is shared by both languages/)
    expect(res.json.errors[0].data).toEqual({ code: 'errTranslatorShared' })
    const italian = await rest('PATCH', `/api/faqs/${id}?locale=en`, {
      token: tokens.translator,
      headers: { 'Accept-Language': 'it' },
      body: { ...localizedPart('faqs', 'en', uniqueTag()), order: 99 },
    })
    expect(italian.json.errors[0].message).toBe(
      'Chi traduce può modificare solo il testo inglese. Il campo «Ordine» è comune alle due lingue: chiedi alla redazione.',
    )
    expect(await payload.findByID({ collection: 'faqs', id, locale: 'all', depth: 0 })).toEqual(before)
  })

  it('sending shared fields unchanged, as the admin form does, is allowed', async () => {
    const created = await rest('POST', '/api/services?locale=it', {
      token: tokens.editor,
      body: { ...sample('services', 'it', uniqueTag()), order: 4, phases: ['production'], _status: 'published' },
    })
    const id = created.json.doc.id
    const tag = uniqueTag()
    const res = await rest('PATCH', `/api/services/${id}?locale=en`, {
      token: tokens.translator,
      body: { ...localizedPart('services', 'en', tag), order: 4, contexts: ['film-tv'], phases: ['production'] },
    })
    expect(res.status, res.text).toBe(200)
    expect(res.json.doc.title).toBe(`Test title ${tag}`)
  })
})

describe('a translator publishing English', () => {
  it('publishes only English: an unpublished Italian draft stays unpublished, and stays the latest draft', async () => {
    const tag = uniqueTag()
    const created = await rest('POST', '/api/faqs?locale=it', {
      token: tokens.editor,
      body: { ...sample('faqs', 'it', tag), _status: 'published' },
    })
    const id = created.json.doc.id
    const italianDraft = await rest('PATCH', `/api/faqs/${id}?locale=it&draft=true`, {
      token: tokens.editor,
      body: { question: `Bozza non ancora pubblicata ${tag}?` },
    })
    expect(italianDraft.status, italianDraft.text).toBe(200)

    const english = await rest('PATCH', `/api/faqs/${id}?locale=en`, {
      token: tokens.translator,
      body: { ...localizedPart('faqs', 'en', tag), _status: 'published' },
    })
    expect(english.status, english.text).toBe(200)

    const publicItalian = await rest('GET', `/api/faqs/${id}?locale=it`)
    expect(publicItalian.json.question).toBe(`Titolo di prova ${tag}`)
    const publicEnglish = await rest('GET', `/api/faqs/${id}?locale=en`)
    expect(publicEnglish.json.question).toBe(`Test title ${tag}`)
    const editorDraft = await rest('GET', `/api/faqs/${id}?locale=it&draft=true`, { token: tokens.editor })
    expect(editorDraft.json.question).toBe(`Bozza non ancora pubblicata ${tag}?`)
  })
})

describe('a translator saving without publishing', () => {
  async function publishedWithItalianDraft(tag: string) {
    const created = await rest('POST', '/api/faqs?locale=it', {
      token: tokens.editor,
      body: { ...sample('faqs', 'it', tag), _status: 'published' },
    })
    const id = created.json.doc.id
    await rest('PATCH', `/api/faqs/${id}?locale=it&draft=true`, {
      token: tokens.editor,
      body: { question: `Bozza non ancora pubblicata ${tag}?` },
    })
    return id
  }

  it('cannot unpublish the entry ("Unpublish" sends _status draft without draft=true)', async () => {
    const tag = uniqueTag()
    const id = await publishedWithItalianDraft(tag)
    const res = await rest('PATCH', `/api/faqs/${id}?locale=en`, {
      token: tokens.translator,
      body: { _status: 'draft' },
    })
    expect(res.status, res.text).toBe(403)
    expect(res.json.errors[0].message).toMatch(/cannot unpublish/)
    const visitor = await rest('GET', `/api/faqs/${id}?locale=it`)
    expect(visitor.status).toBe(200)
    expect(visitor.json.question).toBe(`Titolo di prova ${tag}`)
  })

  it('a save without a status is a draft: neither its English nor the Italian draft goes live', async () => {
    const tag = uniqueTag()
    const id = await publishedWithItalianDraft(tag)
    const res = await rest('PATCH', `/api/faqs/${id}?locale=en`, {
      token: tokens.translator,
      body: { question: `English in progress ${tag}` },
    })
    expect(res.status, res.text).toBe(200)
    expect((await rest('GET', `/api/faqs/${id}?locale=it`)).json.question).toBe(`Titolo di prova ${tag}`)
    expect((await rest('GET', `/api/faqs/${id}?locale=en`)).json.question).not.toBe(`English in progress ${tag}`)
    const draft = await rest('GET', `/api/faqs/${id}?locale=en&draft=true`, { token: tokens.translator })
    expect(draft.json.question).toBe(`English in progress ${tag}`)
  })
})

describe('users', () => {
  it('anonymous visitors cannot list users', async () => {
    expect((await rest('GET', '/api/users')).status).toBe(403)
  })

  it.each(['editor', 'translator'] as const)('%s sees only their own account and cannot manage users', async (role) => {
    const list = await rest('GET', '/api/users', { token: tokens[role] })
    expect(list.status).toBe(200)
    expect(list.json.docs.map((u: { id: number }) => u.id)).toEqual([ids[role]])
    const create = await rest('POST', '/api/users', {
      token: tokens[role],
      body: { email: `x-${uniqueTag()}@test.scena.local`, password: 'long-enough-password', role: 'admin' },
    })
    expect(create.status).toBe(403)
    expect((await rest('DELETE', `/api/users/${ids.admin}`, { token: tokens[role] })).status).toBe(403)

    // Changing one's own role is silently refused by field access.
    await rest('PATCH', `/api/users/${ids[role]}`, { token: tokens[role], body: { role: 'admin' } })
    const self = await payload.findByID({ collection: 'users', id: ids[role] })
    expect(self.role).toBe(role)
  })

  it('an admin creates, updates and deletes users', async () => {
    const created = await rest('POST', '/api/users', {
      token: tokens.admin,
      body: { email: `new-${uniqueTag()}@test.scena.local`, password: 'long-enough-password', role: 'translator' },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    const promoted = await rest('PATCH', `/api/users/${id}`, { token: tokens.admin, body: { role: 'editor' } })
    expect(promoted.json.doc.role).toBe('editor')
    expect((await rest('DELETE', `/api/users/${id}`, { token: tokens.admin })).status).toBe(200)
  })

  it('locks an account after repeated failed logins', async () => {
    const email = `lock-${uniqueTag()}@test.scena.local`
    await payload.create({ collection: 'users', data: { email, password: 'the-right-password', role: 'editor' } })
    for (let i = 0; i < 5; i++) {
      expect((await rest('POST', '/api/users/login', { body: { email, password: 'wrong' } })).status).toBe(401)
    }
    const locked = await rest('POST', '/api/users/login', { body: { email, password: 'the-right-password' } })
    expect(locked.status).toBe(401)
    expect(locked.text).toMatch(/lock|bloccat/i)
  })
})

describe('media and site settings', () => {
  it('anonymous visitors and translators cannot upload', async () => {
    expect((await rest('POST', '/api/media', { body: new FormData() })).status).toBe(403)
    expect((await rest('POST', '/api/media', { token: tokens.translator, body: new FormData() })).status).toBe(403)
  })

  it('site settings: public to read, editors write, translators only English', async () => {
    expect((await rest('GET', '/api/globals/site-settings?locale=en')).status).toBe(200)
    expect((await rest('POST', '/api/globals/site-settings', { body: { siteTitle: 'x' } })).status).toBe(403)
    const itWrite = await rest('POST', '/api/globals/site-settings?locale=it', {
      token: tokens.translator,
      body: { siteTitle: 'x' },
    })
    expect(itWrite.status).toBe(403)
    const enWrite = await rest('POST', '/api/globals/site-settings?locale=en', {
      token: tokens.translator,
      body: { siteTitle: 'Intimacy Coordinator (EN)' },
    })
    expect(enWrite.status, enWrite.text).toBe(200)
  })
})
