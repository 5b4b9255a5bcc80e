import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import {
  accentContrast,
  contrastRatio,
  DEFAULT_ACCENT,
  MIN_CONTRAST,
  normaliseHex,
} from '../../src/fields/accentColour'
import { closePayload, testPayload } from './support/payload'
import { rest } from './support/rest'
import { sample, uniqueTag } from './support/samples'
import { signIn } from './support/users'

let payload: Payload
let editor: string
let translator: string

const identityFields = ['coordinatorName', 'accentColour', 'logo', 'portrait', 'homeQuestions'] as const

beforeAll(async () => {
  payload = await testPayload()
  editor = (await signIn(payload, 'editor')).token
  translator = (await signIn(payload, 'translator')).token
  // Other files may have left the settings empty; the site title is required to save them.
  for (const locale of ['it', 'en'] as const) {
    const current = await payload.findGlobal({
      slug: 'site-settings',
      locale,
      fallbackLocale: false,
      overrideAccess: true,
    })
    if (!current.siteTitle) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        data: { siteTitle: 'Intimacy Coordinator' },
        overrideAccess: true,
      })
    }
  }
})
// The settings are one document for every test file: leave the identity as the seed has it.
afterEach(async () => {
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { coordinatorName: null, accentColour: null, logo: null, portrait: null, homeQuestions: [] },
    overrideAccess: true,
  })
})
afterAll(() => closePayload(payload))

const settings = () => payload.findGlobal({ slug: 'site-settings', locale: 'it', depth: 0, overrideAccess: true })

describe('contrast', () => {
  it('follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777777', '#777777')).toBe(1)
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  it('the default accent reads on the page and under white text', () => {
    expect(accentContrast(DEFAULT_ACCENT)).toBeGreaterThanOrEqual(MIN_CONTRAST)
  })

  it('normalises what people type', () => {
    expect(normaliseHex(' #8A2D3B ')).toBe('#8a2d3b')
    expect(normaliseHex('8a2d3b')).toBe('#8a2d3b')
    expect(normaliseHex('#abc')).toBeNull()
    expect(normaliseHex('rosso')).toBeNull()
  })
})

describe('site identity settings', () => {
  it('store the accent colour in one form', async () => {
    const res = await rest('POST', '/api/globals/site-settings?locale=it', {
      token: editor,
      body: { accentColour: ' #1F4E79 ' },
    })
    expect(res.status, res.text).toBe(200)
    expect((await settings()).accentColour).toBe('#1f4e79')
  })

  it('refuse a colour too light to read, in the admin language, and store nothing', async () => {
    await rest('POST', '/api/globals/site-settings?locale=it', { token: editor, body: { accentColour: '#1f4e79' } })
    const english = await rest('POST', '/api/globals/site-settings?locale=it', {
      token: editor,
      body: { accentColour: '#f5d547' },
    })
    expect(english.status).toBe(400)
    expect(english.text).toMatch(/Contrast 1\.\d:1 .* at least 4\.5:1/)
    const italian = await rest('POST', '/api/globals/site-settings?locale=it', {
      token: editor,
      headers: { 'Accept-Language': 'it' },
      body: { accentColour: '#f5d547' },
    })
    expect(italian.status).toBe(400)
    expect(italian.text).toMatch(/Contrasto 1,\d:1 .* almeno 4,5:1/)
    const malformed = await rest('POST', '/api/globals/site-settings?locale=it', {
      token: editor,
      headers: { 'Accept-Language': 'it' },
      body: { accentColour: 'rosso' },
    })
    expect(malformed.status).toBe(400)
    expect(malformed.text).toMatch(/esadecimale/)
    expect((await settings()).accentColour).toBe('#1f4e79')
  })

  it('keep the name shared by both languages and the role per language', async () => {
    const name = `Alex Rossi ${uniqueTag()}`
    const it = await rest('POST', '/api/globals/site-settings?locale=it', {
      token: editor,
      body: { coordinatorName: name, role: 'Intimacy coordinator per il teatro' },
    })
    expect(it.status, it.text).toBe(200)
    const en = await rest('POST', '/api/globals/site-settings?locale=en', {
      token: editor,
      body: { role: 'Intimacy coordinator for theatre' },
    })
    expect(en.status, en.text).toBe(200)
    const all = await rest('GET', '/api/globals/site-settings?locale=all')
    expect(all.json.coordinatorName).toBe(name)
    expect(all.json.role).toMatchObject({
      it: 'Intimacy coordinator per il teatro',
      en: 'Intimacy coordinator for theatre',
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'it',
      data: { role: 'Intimacy Coordinator per cinema, TV e teatro' },
      overrideAccess: true,
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: { role: 'Intimacy Coordinator for film, TV and theatre' },
      overrideAccess: true,
    })
  })

  it('feature at most three questions on the home page', async () => {
    const ids: number[] = []
    for (let i = 0; i < 4; i++) {
      const doc = await payload.create({
        collection: 'faqs',
        locale: 'it',
        // `as never`: sample() serves every content type untyped; create() wants one collection's data.
        data: { ...sample('faqs', 'it', uniqueTag()), _status: 'published' } as never,
        overrideAccess: true,
      })
      ids.push(doc.id)
    }
    const four = await rest('POST', '/api/globals/site-settings?locale=it', {
      token: editor,
      body: { homeQuestions: ids },
    })
    expect(four.status).toBe(400)
    const three = await rest('POST', '/api/globals/site-settings?locale=it', {
      token: editor,
      body: { homeQuestions: ids.slice(0, 3) },
    })
    expect(three.status, three.text).toBe(200)
    expect((await settings()).homeQuestions).toEqual(ids.slice(0, 3))
    for (const id of ids) await payload.delete({ collection: 'faqs', id, overrideAccess: true })
    // A deleted question leaves the list, not a broken reference.
    expect((await settings()).homeQuestions ?? []).toEqual([])
  })

  it('are out of a translator’s reach', async () => {
    await rest('POST', '/api/globals/site-settings?locale=it', {
      token: editor,
      body: { coordinatorName: 'Alex Rossi', accentColour: '#1f4e79' },
    })
    const before = await settings()
    await rest('POST', '/api/globals/site-settings?locale=en', {
      token: translator,
      body: { coordinatorName: 'Someone else', accentColour: '#000000' },
    })
    const after = await settings()
    for (const field of identityFields) expect(after[field]).toEqual(before[field])
  })
})
