import fs from 'node:fs/promises'

import { describe, expect, it } from 'vitest'

import { baseUrl } from './support/browser'

/** Over real HTTP against the production build: statuses, and what the server logged for them. */
const serverLog = process.env.E2E_SERVER_LOG

async function logSince(offset: number): Promise<string> {
  // The offset is a size in bytes (messages carry multi-byte characters such as “ ”): cut the bytes.
  const text = (await fs.readFile(serverLog!)).subarray(offset).toString('utf8')
  // Payload's pretty printer colours its output; the words are what count.
  return text.replace(/\x1b\[[0-9;]*m/g, '')
}
const logSize = async () => (serverLog ? (await fs.stat(serverLog)).size : 0)

describe('bad requests over HTTP', () => {
  it.each([
    ['/api/faqs/abc', 400],
    ['/api/faqs/2147483648', 400],
    ['/api/faqs?where[id][equals]=99999999999999999999', 400],
    ['/api/faqs?page=-5', 400],
    ['/api/faqs?sort=nope', 400],
    ['/api/faqs/%ZZ', 400],
  ])('GET %s → %i with a message', async (path, status) => {
    const res = await fetch(`${baseUrl}${path}`)
    expect(res.status).toBe(status)
    const body = (await res.json()) as { errors?: Array<{ message: string }> }
    expect(body.errors?.[0]?.message.length).toBeGreaterThan(5)
  })

  it('GraphQL is not served', async () => {
    const res = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ a: Faqs(limit: 1) { totalDocs } }' }),
    })
    expect(res.status).toBe(404)
  })

  it('an oversized JSON body is a 413', async () => {
    const res = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(2 * 1024 * 1024) }),
    })
    expect(res.status).toBe(413)
  })

  it('a form post from another site is a 403, a huge one a 413, with a message in the page language', async () => {
    const foreign = await fetch(`${baseUrl}/it/contatti`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Next-Action': 'abc', 'Content-Type': 'text/plain' },
      body: '[]',
    })
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('x-error-code')).toBe('siteFormForeign')
    expect(await foreign.text()).toMatch(/un altro sito/)
    const huge = await fetch(`${baseUrl}/en/contact`, {
      method: 'POST',
      headers: { Origin: baseUrl, 'Next-Action': 'abc', 'Content-Type': 'text/plain' },
      body: 'x'.repeat(3 * 1024 * 1024),
    })
    expect(huge.status).toBe(413)
    expect(huge.headers.get('x-error-code')).toBe('siteFormTooLarge')
    expect(await huge.text()).toMatch(/too large/)
  })
})

describe('shareable pages', () => {
  it('no public page sets a cookie, whatever language the browser asks for; `/` still chooses the language', async () => {
    for (const path of ['/it/domande-frequenti', '/en/faq', '/it', '/en/contact']) {
      for (const language of ['en', 'it', 'de']) {
        const res = await fetch(`${baseUrl}${path}`, { headers: { 'Accept-Language': language } })
        expect(res.status).toBe(200)
        expect(res.headers.get('set-cookie'), `${path} (${language})`).toBeNull()
      }
    }
    const root = await fetch(`${baseUrl}/`, { headers: { 'Accept-Language': 'en' }, redirect: 'manual' })
    expect(root.headers.get('location')).toMatch(/\/en$/)
    const chosen = await fetch(`${baseUrl}/`, {
      headers: { 'Accept-Language': 'en', Cookie: 'NEXT_LOCALE=it' },
      redirect: 'manual',
    })
    expect(chosen.headers.get('location')).toMatch(/\/it$/)
  })
})

describe.skipIf(!serverLog)('the production log', () => {
  it('records refused requests as one info line each: no SQL, no stack, no request body', async () => {
    const offset = await logSize()
    const secret = `never-logged-${Date.now()}`
    await fetch(`${baseUrl}/api/faqs/abc`)
    await fetch(`${baseUrl}/api/faqs?where[id][equals]=99999999999999999999`)
    await fetch(`${baseUrl}/api/faqs?where[_status][equals]=${secret}`)
    await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-scena-client-address': '203.0.113.50' },
      body: JSON.stringify({ email: `nobody-${secret}@example.org`, password: secret }),
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    const log = await logSince(offset)
    expect(log).not.toMatch(/Failed query|select "|\n\s+at .+:\d+/)
    expect(log).not.toContain(secret)
    expect(log).not.toMatch(/ERROR/)
    const refused = log.split('\n').filter((line) => /\b40\d\b/.test(line))
    expect(refused.length).toBeGreaterThanOrEqual(3)
    for (const line of refused) expect(line).toMatch(/INFO/)
  })
})
