import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'

import { paragraphsToLexical } from '../../src/fields/richText'
import { adminApi } from './support/api'
import { baseUrl, launchBrowser, signInToAdmin } from './support/browser'

// Former addresses answer 301 to where the entry is now, in the same language; an old site's
// address made by hand too. Run against `npm start` or the cluster's edge (E2E_BASE_URL): both keep
// the answer in their cache (Next's page cache: `x-nextjs-cache`; the edge: `X-Cache`).

type Answer = { status: number; location: string | null; cached: boolean }

async function ask(path: string): Promise<Answer> {
  const res = await fetch(`${baseUrl}${path}`, { redirect: 'manual', cache: 'no-store' })
  await res.arrayBuffer()
  const location = res.headers.get('location')
  const cache = res.headers.get('x-cache') ?? res.headers.get('x-nextjs-cache') ?? ''
  return {
    status: res.status,
    // Relative or absolute on the site's address: compared as a path.
    location: location === null ? null : new URL(location, baseUrl).pathname,
    cached: /HIT/i.test(cache),
  }
}

/** Asks until the answer is `status` (a publish refreshes the page cache and the edge at once, or nearly). */
async function answerBecomes(path: string, status: number, location?: string, timeoutMs = 10_000): Promise<Answer> {
  const started = Date.now()
  for (;;) {
    const answer = await ask(path)
    if (answer.status === status && (location === undefined || answer.location === location)) return answer
    if (Date.now() - started > timeoutMs)
      throw new Error(`${path}: ${answer.status} ${answer.location}, expected ${status} ${location ?? ''}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * The same answer again, from the cache. The edge is purged once more just after a save's response
 * (src/topology/refresh.ts), so the first answer after a save may be fetched afresh: asked a few times.
 */
async function cachedAnswer(path: string): Promise<Answer> {
  let answer = await ask(path)
  for (let i = 0; i < 5 && !answer.cached; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    answer = await ask(path)
  }
  return answer
}

const itFaq = (slug: string) => `/it/domande-frequenti/${slug}`
const enFaq = (slug: string) => `/en/faq/${slug}`

describe('redirects', () => {
  it('a renamed FAQ: each old address answers 301 to the newest one in its own language', async () => {
    const api = await adminApi()
    const t = Date.now().toString(36)
    const created = await api('POST', '/api/faqs?locale=it&draft=true', {
      question: `Domanda da spostare ${t}?`,
      answer: paragraphsToLexical([`Risposta ${t}.`]),
      section: 'the-role',
      slug: `spostare-${t}`,
      _status: 'draft',
    })
    const id = created.doc.id as number
    await api('PATCH', `/api/faqs/${id}?locale=en&draft=true`, {
      question: `A question to move ${t}?`,
      answer: paragraphsToLexical([`Answer ${t}.`]),
      slug: `to-move-${t}`,
      _status: 'draft',
    })
    await api('PATCH', `/api/faqs/${id}?locale=it`, { _status: 'published' })
    // Both pages are in the cache before the renames.
    await answerBecomes(itFaq(`spostare-${t}`), 200)
    await answerBecomes(enFaq(`to-move-${t}`), 200)

    await api('PATCH', `/api/faqs/${id}?locale=it`, { slug: `spostata-${t}`, _status: 'published' })
    await answerBecomes(itFaq(`spostare-${t}`), 301, itFaq(`spostata-${t}`))
    expect((await ask(enFaq(`to-move-${t}`))).status).toBe(200)

    await api('PATCH', `/api/faqs/${id}?locale=en`, { slug: `moved-${t}`, _status: 'published' })
    await answerBecomes(enFaq(`to-move-${t}`), 301, enFaq(`moved-${t}`))
    expect((await ask(enFaq(`moved-${t}`))).status).toBe(200)

    // Renamed again: the first address goes straight to the newest (the cached 301 is refreshed).
    await api('PATCH', `/api/faqs/${id}?locale=it`, { slug: `arrivata-${t}`, _status: 'published' })
    await answerBecomes(itFaq(`spostare-${t}`), 301, itFaq(`arrivata-${t}`))
    await answerBecomes(itFaq(`spostata-${t}`), 301, itFaq(`arrivata-${t}`))
    expect((await ask(itFaq(`arrivata-${t}`))).status).toBe(200)

    // The same redirect again is served from the cache, with the same answer.
    const again = await cachedAnswer(itFaq(`spostare-${t}`))
    expect(again).toMatchObject({ status: 301, location: itFaq(`arrivata-${t}`), cached: true })

    // The sitemap lists the current addresses only.
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`, { cache: 'no-store' })).text()
    expect(sitemap).toContain(itFaq(`arrivata-${t}`))
    expect(sitemap).not.toContain(`spostare-${t}`)
    expect(sitemap).not.toContain(`to-move-${t}`)

    // Deleted: its former addresses are 404 again.
    await api('DELETE', `/api/faqs/${id}`)
    await answerBecomes(itFaq(`spostare-${t}`), 404)
  })

  it('an old site’s address made by hand answers 301; an unknown address is still a 404', async () => {
    const api = await adminApi()
    const from = `/vecchie-faq-${Date.now().toString(36)}.html`
    expect((await ask(from)).status).toBe(404)
    const { doc } = await api('POST', '/api/redirects', { from, to: '/it/domande-frequenti' })
    const first = await answerBecomes(from, 301, '/it/domande-frequenti')
    expect(first.location).toBe('/it/domande-frequenti')
    expect(await cachedAnswer(from)).toMatchObject({ status: 301, location: '/it/domande-frequenti', cached: true })

    expect((await ask(`/it/pagina-che-non-esiste-${Date.now().toString(36)}`)).status).toBe(404)
    expect((await ask(`/nessuna-${Date.now().toString(36)}.html`)).status).toBe(404)
    // The site's own files are not taken for old addresses.
    expect((await ask('/robots.txt')).status).toBe(200)
    expect((await ask('/language-switch.js')).status).toBe(200)

    await api('DELETE', `/api/redirects/${doc.id}`)
    await answerBecomes(from, 404)
  })

  it('refuses an open redirect with a 400', async () => {
    const api = await adminApi()
    for (const to of ['//evil.example', 'https://evil.example/x'])
      await expect(
        api('POST', '/api/redirects', { from: `/aperto-${Date.now().toString(36)}.html`, to }),
      ).rejects.toThrow(/: 400 /)
  })
})

describe('former addresses in the admin', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())

  it('an editor sees an entry’s former addresses per language and removes one, with the keyboard', async () => {
    const api = await adminApi()
    const t = Date.now().toString(36)
    const { doc } = await api('POST', '/api/faqs?locale=it', {
      question: `Domanda con un passato ${t}?`,
      answer: paragraphsToLexical([`Risposta ${t}.`]),
      section: 'the-role',
      slug: `passato-${t}`,
      _status: 'published',
    })
    await api('PATCH', `/api/faqs/${doc.id}?locale=it`, { slug: `presente-${t}`, _status: 'published' })
    try {
      const page = await browser.newPage()
      await signInToAdmin(page)
      await page.goto(`${baseUrl}/admin/collections/faqs/${doc.id}`)
      const former = page.getByRole('region', { name: /Indirizzi precedenti|Former addresses/ })
      await expect.poll(() => former.innerText(), { timeout: 30_000 }).toContain(itFaq(`passato-${t}`))
      // Not translated yet: its English page was at the Italian slug, and moved with it.
      const listed = await former.innerText()
      expect(listed).toMatch(/Italiano|Italian/)
      expect(listed).toMatch(/Inglese|English/)
      expect(listed).toContain(enFaq(`passato-${t}`))
      const remove = former.getByRole('button', { name: new RegExp(`${itFaq(`passato-${t}`)}$`) })
      await remove.focus()
      await page.keyboard.press('Enter')
      // The confirmation takes the button's place and the focus.
      const yes = former.getByRole('button', { name: /Sì, rimuovi|Yes, remove/ })
      await expect.poll(() => yes.evaluate((button) => button === document.activeElement)).toBe(true)
      await page.keyboard.press('Enter')
      await expect.poll(() => former.getByRole('status').innerText()).toMatch(/rimosso|removed/)
      await expect.poll(() => former.locator('li code').allInnerTexts()).toEqual([enFaq(`passato-${t}`)])
      const left = await api('GET', `/api/redirects?where[entryId][equals]=${doc.id}`)
      expect(left.docs.map((redirect: { from: string }) => redirect.from)).toEqual([enFaq(`passato-${t}`)])
      await answerBecomes(itFaq(`passato-${t}`), 404)
      await page.close()
    } finally {
      await api('DELETE', `/api/faqs/${doc.id}`)
    }
  })
})
