import type { Socket } from 'node:net'

import type { Payload } from 'payload'
import proxyAddr from 'proxy-addr'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { submitEnquiry } from '../../src/contact/submit'
import { validateEnquiry } from '../../src/contact/validate'
import { clientAddressOf, resolveClientAddress, trustedProxies, trustRule } from '../../src/security/clientAddress'
import { closePayload, testPayload } from './support/payload'
import { uniqueTag } from './support/samples'

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

const valid = (tag: string) => ({
  name: `Regista ${tag}`,
  email: `limits-${tag}@example.org`,
  message: 'Vorremmo parlare di una serie TV.',
})
const stored = async (tag: string) =>
  (await payload.find({ collection: 'enquiries', where: { email: { equals: `limits-${tag}@example.org` } } })).docs

describe('the visitor address', () => {
  const request = (peer: string, forwarded?: string) => ({
    socket: { remoteAddress: peer } as Socket,
    headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
  })

  it('is the connection address when the peer is not a trusted proxy, whatever X-Forwarded-For says', () => {
    const trust = proxyAddr.compile(trustedProxies(''))
    expect(resolveClientAddress(request('203.0.113.7', '1.2.3.4'), trust)).toBe('203.0.113.7')
    expect(resolveClientAddress(request('203.0.113.7', '1.2.3.4, 5.6.7.8'), trust)).toBe('203.0.113.7')
    expect(resolveClientAddress(request('203.0.113.7'), trust)).toBe('203.0.113.7')
  })

  it('comes from X-Forwarded-For only through the configured proxies, nearest untrusted hop first', () => {
    const trust = proxyAddr.compile(trustedProxies('127.0.0.1, 10.0.0.0/8'))
    expect(resolveClientAddress(request('127.0.0.1', '198.51.100.4'), trust)).toBe('198.51.100.4')
    // A client that sends its own X-Forwarded-For through the proxy: the proxy appends the real
    // address, and only that one is believed.
    expect(resolveClientAddress(request('127.0.0.1', '6.6.6.6, 198.51.100.4'), trust)).toBe('198.51.100.4')
    expect(resolveClientAddress(request('127.0.0.1', '6.6.6.6, 198.51.100.4, 10.1.2.3'), trust)).toBe('198.51.100.4')
    // An untrusted peer's header is ignored.
    expect(resolveClientAddress(request('192.0.2.9', '198.51.100.4'), trust)).toBe('192.0.2.9')
    expect(trustedProxies(' loopback ,, uniquelocal ')).toEqual(['loopback', 'uniquelocal'])
  })

  it('inside the app is read only from the header the server sets', () => {
    const headers = new Headers({ 'x-forwarded-for': '1.2.3.4', 'x-scena-client-address': '203.0.113.7' })
    expect(clientAddressOf(headers)).toBe('203.0.113.7')
    expect(clientAddressOf(new Headers({ 'x-forwarded-for': '1.2.3.4' }))).toBe('local')
  })
})

describe('contact limits', () => {
  it('counts only messages sent: five invalid attempts do not block a valid one', async () => {
    const tag = uniqueTag()
    const visitor = `mistakes-${tag}`
    for (let i = 0; i < 6; i++) {
      const result = await submitEnquiry(payload, { ...valid(tag), email: 'wrong' }, { visitor, locale: 'it' })
      expect(result.status).toBe('invalid')
    }
    expect(await submitEnquiry(payload, valid(tag), { visitor, locale: 'it' })).toEqual({ status: 'sent' })
    expect(await stored(tag)).toHaveLength(1)
  })

  it('stops a visitor after five messages, and nobody else', async () => {
    const tag = uniqueTag()
    const visitor = `busy-${tag}`
    for (let i = 0; i < 5; i++) {
      expect((await submitEnquiry(payload, valid(`${tag}-${i}`), { visitor, locale: 'it' })).status).toBe('sent')
    }
    const sixth = await submitEnquiry(payload, valid(`${tag}-6`), { visitor, locale: 'it' })
    expect(sixth.status).toBe('rate-limited')
    expect(sixth.status === 'rate-limited' && sixth.retryAfterSeconds).toBeGreaterThan(0)
    expect(await stored(`${tag}-6`)).toHaveLength(0)
    expect((await submitEnquiry(payload, valid(`${tag}-x`), { visitor: `other-${tag}`, locale: 'it' })).status).toBe(
      'sent',
    )
  })

  it('stops a script posting garbage after the larger budget of refused attempts', async () => {
    const tag = uniqueTag()
    const visitor = `garbage-${tag}`
    const results = []
    for (let i = 0; i < 31; i++)
      results.push((await submitEnquiry(payload, { name: '' }, { visitor, locale: 'en' })).status)
    expect(results.slice(0, 30).every((status) => status === 'invalid')).toBe(true)
    expect(results[30]).toBe('rate-limited')
    expect((await submitEnquiry(payload, valid(tag), { visitor, locale: 'en' })).status).toBe('rate-limited')
    expect(await stored(tag)).toHaveLength(0)
  })
})

describe('single-line fields', () => {
  it.each(['name', 'organisation', 'dates'] as const)(
    '%s: CR, LF and other control characters become one space',
    (field) => {
      const result = validateEnquiry({
        ...valid('x'),
        [field]: 'Mario\r\nBcc: victim@example.org\u0000\u001b[31m\u2028end',
      })
      expect(result.ok).toBe(true)
      const value = result.ok ? result.data[field] : ''
      expect(value).not.toMatch(/[\r\n\u0000-\u001f\u2028]/)
      expect(value).toBe('Mario Bcc: victim@example.org [31m end')
    },
  )

  it('an e-mail address with a line break is refused', () => {
    const result = validateEnquiry({ ...valid('x'), email: 'a@example.org\r\nBcc: b@example.org' })
    expect(result).toMatchObject({ ok: false, errors: { email: 'email' } })
  })

  it('the message keeps its line breaks and loses other control characters', () => {
    const result = validateEnquiry({ ...valid('x'), message: 'Riga uno\r\nRiga due\u0007\n\tRiga tre' })
    expect(result.ok && result.data.message).toBe('Riga uno\nRiga due\n\tRiga tre')
  })

  it('what is stored has no control characters either', async () => {
    const tag = uniqueTag()
    await submitEnquiry(
      payload,
      { ...valid(tag), name: `Anna\nFake: header ${tag}` },
      { visitor: `cr-${tag}`, locale: 'it' },
    )
    const [doc] = await stored(tag)
    expect(doc?.name).toBe(`Anna Fake: header ${tag}`)
  })

  it('a 1 MB message gets the "too long" answer and stores nothing', async () => {
    const tag = uniqueTag()
    const result = await submitEnquiry(
      payload,
      { ...valid(tag), message: 'm'.repeat(1024 * 1024) },
      { visitor: `big-${tag}`, locale: 'it' },
    )
    expect(result).toEqual({ status: 'invalid', errors: { message: 'tooLong' } })
    expect(await stored(tag)).toHaveLength(0)
  })
})

describe('a number of trusted hops', () => {
  it('believes only the address the nearest proxy added, even when that proxy is on loopback', () => {
    const viaEdge = {
      socket: { remoteAddress: '127.0.0.1' } as Socket,
      headers: { 'x-forwarded-for': '6.6.6.6, 127.0.0.1' },
    }
    expect(resolveClientAddress(viaEdge, trustRule('1'))).toBe('127.0.0.1')
    const remote = {
      socket: { remoteAddress: '127.0.0.1' } as Socket,
      headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' },
    }
    expect(resolveClientAddress(remote, trustRule('1'))).toBe('203.0.113.9')
    expect(resolveClientAddress(remote, trustRule('0'))).toBe('127.0.0.1')
  })
})
