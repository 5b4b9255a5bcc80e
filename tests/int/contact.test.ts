import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitEnquiry } from '../../src/contact/submit'
import { freePort } from './support/freePort'
import { closePayload, testPayload } from './support/payload'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'
import { signIn } from './support/users'

let payload: Payload
const valid = (tag: string) => ({
  name: `Produttrice ${tag}`,
  email: `producer-${tag}@example.org`,
  organisation: 'Una produzione',
  productionType: 'film',
  dates: 'marzo 2027',
  message: 'Cerchiamo un Intimacy Coordinator per due scene.',
  website: '',
})
const storedFor = async (tag: string) =>
  (await payload.find({ collection: 'enquiries', where: { email: { equals: `producer-${tag}@example.org` } } })).docs

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

describe('contact form submissions', () => {
  it('stores a valid enquiry with its language', async () => {
    const tag = uniqueTag()
    const result = await submitEnquiry(payload, valid(tag), { visitor: `v-${tag}`, locale: 'en' })
    expect(result).toEqual({ status: 'sent' })
    const [stored] = await storedFor(tag)
    // No box to tick: answering rests on GDPR art. 6(1)(b), not on consent.
    expect(stored!.consent ?? null).toBeNull()
    expect(stored).toMatchObject({
      name: `Produttrice ${tag}`,
      locale: 'en',
      status: 'new',
      productionType: 'film',
    })
  })

  it('reports every invalid field and stores nothing', async () => {
    const tag = uniqueTag()
    const result = await submitEnquiry(
      payload,
      { ...valid(tag), name: ' ', email: 'not-an-address', message: '', productionType: 'opera' },
      { visitor: `v-${tag}`, locale: 'it' },
    )
    expect(result).toEqual({
      status: 'invalid',
      errors: { name: 'required', email: 'email', message: 'required', productionType: 'choice' },
    })
    expect(await storedFor(tag)).toHaveLength(0)
  })

  it('rejects a message that is too long', async () => {
    const tag = uniqueTag()
    const result = await submitEnquiry(
      payload,
      { ...valid(tag), message: 'x'.repeat(5001) },
      { visitor: `v-${tag}`, locale: 'it' },
    )
    expect(result).toEqual({ status: 'invalid', errors: { message: 'tooLong' } })
  })

  it('answers a bot that fills the honeypot as if sent, and stores nothing', async () => {
    const tag = uniqueTag()
    const result = await submitEnquiry(
      payload,
      { ...valid(tag), website: 'http://spam.example' },
      { visitor: `v-${tag}`, locale: 'it' },
    )
    expect(result).toEqual({ status: 'sent' })
    expect(await storedFor(tag)).toHaveLength(0)
  })
})

/** A message as read: folded headers and quoted-printable soft breaks joined, escapes decoded (UTF-8). */
const decoded = (mail: string) =>
  Buffer.from(
    mail
      .replace(/=\r?\n/g, '')
      .replace(/\r?\n[ \t]+/g, ' ')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8')

describe('notification e-mail', () => {
  const saved = { ...process.env }
  afterAll(() => {
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'CONTACT_NOTIFY_TO']) {
      if (saved[key] === undefined) delete process.env[key]
      else process.env[key] = saved[key]
    }
  })

  it('is sent through SMTP with the visitor as reply-to, and the enquiry is marked notified', async () => {
    const received: string[] = []
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        let mail = ''
        stream.on('data', (chunk: Buffer) => (mail += chunk.toString()))
        stream.on('end', () => {
          received.push(mail)
          callback()
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      Object.assign(process.env, {
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String((server.server.address() as AddressInfo).port),
        CONTACT_NOTIFY_TO: 'coordinator@example.org',
      })
      const tag = uniqueTag()
      expect((await submitEnquiry(payload, valid(tag), { visitor: `v-${tag}`, locale: 'it' })).status).toBe('sent')
      expect(received).toHaveLength(1)
      const mail = decoded(received[0]!)
      expect(mail).toContain(`Reply-To: producer-${tag}@example.org`)
      expect(mail).toContain('Cerchiamo un Intimacy Coordinator per due scene.')
      // In Italian, the coordinator's language, with labels rather than stored values.
      expect(mail).toContain(`Subject: Nuova richiesta di contatto da Produttrice ${tag} (Una produzione)`)
      expect(mail).toContain('Tipo di produzione: Film')
      expect(mail).toContain('Lingua del sito: Italiano')
      expect(mail).toContain('Apri nell’area riservata: ')
      expect((await storedFor(tag))[0]?.notified).toBe(true)

      // A staff member whose account says English gets it in English.
      const english = await payload.create({
        collection: 'users',
        data: {
          email: `coordinator-${tag}@example.org`,
          password: `pw-${tag}-long-enough`,
          role: 'editor',
          language: 'en',
        },
        overrideAccess: true,
      })
      try {
        process.env.CONTACT_NOTIFY_TO = `coordinator-${tag}@example.org`
        const second = { ...valid(`${tag}b`), productionType: 'tv-series' }
        expect((await submitEnquiry(payload, second, { visitor: `w-${tag}`, locale: 'en' })).status).toBe('sent')
        const englishMail = decoded(received[1]!)
        expect(englishMail).toContain(`Subject: New enquiry from Produttrice ${tag}b (Una produzione)`)
        expect(englishMail).toContain('Production type: TV series')
        expect(englishMail).toContain('Site language: English')
      } finally {
        await payload.delete({ collection: 'users', id: english.id, overrideAccess: true })
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it('failing never loses the enquiry', async () => {
    Object.assign(process.env, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await freePort()),
      CONTACT_NOTIFY_TO: 'c@example.org',
    })
    const tag = uniqueTag()
    expect((await submitEnquiry(payload, valid(tag), { visitor: `v-${tag}`, locale: 'it' })).status).toBe('sent')
    const [stored] = await storedFor(tag)
    expect(stored?.message).toBe('Cerchiamo un Intimacy Coordinator per due scene.')
    expect(stored?.notified).toBe(false)
  })
})

describe('enquiries through the API', () => {
  it('nobody creates them through the API, and only editors and admins read them', async () => {
    const editor = (await signIn(payload, 'editor')).token
    const translator = (await signIn(payload, 'translator')).token
    const admin = (await signIn(payload, 'admin')).token
    const body = { name: 'x', email: 'x@example.org', message: 'x' }
    expect((await rest('POST', '/api/enquiries', { body })).status).toBe(403)
    expect((await rest('POST', '/api/enquiries', { body, token: editor })).status).toBe(403)
    expect((await rest('GET', '/api/enquiries')).status).toBe(403)
    expect((await rest('GET', '/api/enquiries', { token: translator })).status).toBe(403)
    expect((await rest('GET', '/api/enquiries', { token: editor })).status).toBe(200)
    expect((await rest('GET', '/api/enquiries', { token: admin })).status).toBe(200)
  })
})
