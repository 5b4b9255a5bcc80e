import fs from 'node:fs/promises'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { closePayload, testPayload } from './support/payload'
import { rest } from './support/rest'
import { sample, uniqueTag } from './support/samples'
import { signIn } from './support/users'

let payload: Payload
let editor: string
const mediaDir = inject('mediaDir')

beforeAll(async () => {
  payload = await testPayload()
  editor = (await signIn(payload, 'editor')).token
})
afterAll(() => closePayload(payload))

const filesInMedia = async () => (await fs.readdir(mediaDir).catch(() => [] as string[])).sort()

function uploadForm(file: Blob, name: string, alt = 'Testo alternativo') {
  const form = new FormData()
  form.append('file', file, name)
  form.append('_payload', JSON.stringify({ alt }))
  return form
}

describe('queries', () => {
  it('an unknown where field is a 400 with a message, not a 500', async () => {
    const res = await rest('GET', '/api/faqs?where[notAField][equals]=1')
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/notAField/)
  })

  it.each([
    ['/api/faqs?locale=xx'],
    ['/api/faqs?locale=EN'],
    ['/api/faqs?locale=..%2Fit'],
    ['/api/faqs/1?locale=all%3Bdrop'],
    ['/api/faqs?locale=en&fallback-locale=de'],
    ['/api/globals/site-settings?locale=fr'],
  ])('an invalid locale (%s) is a 400 with a message, never a 500', async (path) => {
    const res = await rest('GET', path)
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/locale/i)
  })

  it('the valid locales still work', async () => {
    for (const locale of ['it', 'en', 'all']) {
      expect((await rest('GET', `/api/faqs?locale=${locale}`)).status).toBe(200)
    }
    expect((await rest('GET', '/api/faqs?locale=en&fallback-locale=none')).status).toBe(200)
  })

  it('an invalid locale on a write is refused before anything is stored', async () => {
    const before = await payload.count({ collection: 'faqs', overrideAccess: true })
    const res = await rest('POST', '/api/faqs?locale=fr', {
      token: editor,
      body: { ...sample('faqs', 'it', uniqueTag()), _status: 'published' },
    })
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/fr/)
    expect((await payload.count({ collection: 'faqs', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})

describe('request bodies', () => {
  it('malformed JSON is a 400 with a message', async () => {
    const res = await rest('POST', '/api/faqs?locale=it', { token: editor, body: '{"question": "unterminated' })
    expect(res.status).toBe(400)
    expect(res.text.length).toBeGreaterThan(0)
    expect(res.text).not.toMatch(/at .*\.js:\d+/) // no stack trace
  })
})

describe('uploads', () => {
  it('stores a real image with its generated WebP sizes', async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#8a2d3b' } })
      .png()
      .toBuffer()
    const res = await rest('POST', '/api/media?locale=it', {
      token: editor,
      body: uploadForm(new Blob([new Uint8Array(png)], { type: 'image/png' }), 'sample.png'),
    })
    expect(res.status, res.text).toBe(201)
    expect(res.json.doc.mimeType).toBe('image/webp')
    expect(res.json.doc.sizes.thumbnail.mimeType).toBe('image/webp')
    expect(await filesInMedia()).toContain(res.json.doc.filename)
  })

  it('rejects a file over the size limit with 413 and leaves no file behind', async () => {
    const before = await filesInMedia()
    const count = await payload.count({ collection: 'media', overrideAccess: true })
    const big = new Uint8Array(1024 * 1024 + 4096) // just over MAX_UPLOAD_MB=1
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) // PNG signature
    const res = await rest('POST', '/api/media?locale=it', {
      token: editor,
      body: uploadForm(new Blob([big], { type: 'image/png' }), 'huge.png'),
    })
    expect(res.status).toBe(413)
    expect(res.text.length).toBeGreaterThan(0)
    expect(await filesInMedia()).toEqual(before)
    expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(count.totalDocs)
  })

  it.each([
    ['a text file', new Blob(['just text'], { type: 'text/plain' }), 'notes.txt'],
    [
      'an SVG',
      new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], { type: 'image/svg+xml' }),
      'x.svg',
    ],
    ['a text file named .png', new Blob(['not really a png'], { type: 'image/png' }), 'fake.png'],
  ])('rejects %s with 400 and stores nothing', async (_label, blob, name) => {
    const before = await filesInMedia()
    const res = await rest('POST', '/api/media?locale=it', { token: editor, body: uploadForm(blob, name) })
    expect(res.status).toBe(400)
    expect(res.text.length).toBeGreaterThan(0)
    expect(await filesInMedia()).toEqual(before)
  })

  it('requires the alternative text', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer()
    const res = await rest('POST', '/api/media?locale=it', {
      token: editor,
      body: uploadForm(new Blob([new Uint8Array(png)], { type: 'image/png' }), 'noalt.png', ''),
    })
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/alt/i)
  })
})
