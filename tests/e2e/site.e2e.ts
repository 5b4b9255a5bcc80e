import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { adminApi, waitForText } from './support/api'
import { baseUrl, launchBrowser } from './support/browser'
import { sectionPages } from './support/pages'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
})

const pathOf = (p: Page) => new URL(p.url()).pathname + new URL(p.url()).hash

describe('landing in the right language', () => {
  it('/ sends an English browser to /en and an Italian one to /it', async () => {
    for (const [acceptLanguage, expected] of [
      ['en-GB,en;q=0.9', '/en'],
      ['it-IT,it;q=0.9', '/it'],
      ['de-DE,de;q=0.9', '/it'],
    ]) {
      const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': acceptLanguage! } })
      const visitor = await context.newPage()
      await visitor.goto(`${baseUrl}/`)
      expect(new URL(visitor.url()).pathname, acceptLanguage).toBe(expected)
      await context.close()
    }
  })

  it('the language cookie wins over Accept-Language', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } })
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'it', url: baseUrl }])
    const visitor = await context.newPage()
    await visitor.goto(`${baseUrl}/`)
    expect(new URL(visitor.url()).pathname).toBe('/it')
    await context.close()
  })
})

describe('FAQ', () => {
  it.each([
    ['it', '/it/domande-frequenti', 'Domande frequenti', 'Chi è l’Intimacy Coordinator?'],
    ['en', '/en/faq', 'Frequently asked questions', 'What is an Intimacy Coordinator?'],
  ])('the %s index lists the numbered questions with anchors', async (locale, path, heading, question) => {
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    expect(await page.locator('h1').innerText()).toBe(heading)
    expect(await page.locator('.faq-index li').count()).toBe(11)
    await page.locator('.faq-index a').first().click()
    expect(new URL(page.url()).hash).toBe('#q-1')
    expect(await page.locator('#q-1').innerText()).toBe(`1. ${question}`)
  })

  it('the FAQPage JSON-LD says exactly what the page shows', async () => {
    for (const path of ['/it/domande-frequenti', '/en/faq']) {
      await page.goto(`${baseUrl}${path}`)
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
      const visible = await page.locator('article.faq').evaluateAll((articles) =>
        articles.map((article) => ({
          question: article.querySelector('h2')!.textContent!.replace(/^\d+\.\s*/, ''),
          answer: Array.from(article.querySelectorAll('.rich-text p'))
            .map((p) => p.textContent)
            .join('\n\n'),
        })),
      )
      expect(jsonLd['@type']).toBe('FAQPage')
      expect(jsonLd.inLanguage).toBe(path.slice(1, 3))
      expect(jsonLd.mainEntity.map((q: any) => ({ question: q.name, answer: q.acceptedAnswer.text }))).toEqual(visible)
    }
  })

  it('switching language on a question lands on the same question, by its translated slug', async () => {
    await page.goto(`${baseUrl}/it/domande-frequenti/chi-e-l-intimacy-coordinator`)
    expect(await page.locator('h1').innerText()).toBe('Chi è l’Intimacy Coordinator?')
    await page.locator('.language-switcher a[hreflang="en"]').click()
    await page.waitForURL('**/en/faq/what-is-an-intimacy-coordinator')
    expect(await page.locator('h1').innerText()).toBe('What is an Intimacy Coordinator?')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.locator('.language-switcher a[hreflang="it"]').click()
    await page.waitForURL('**/it/domande-frequenti/chi-e-l-intimacy-coordinator')
  })

  it('switching language on the index keeps the in-page anchor', async () => {
    await page.goto(`${baseUrl}/en/faq#q-3`)
    await page.locator('.language-switcher a[hreflang="it"]').click()
    await page.waitForURL('**/it/domande-frequenti#q-3')
    expect(pathOf(page)).toBe('/it/domande-frequenti#q-3')
  })

  it('every other section answers in both languages, with translated paths', async () => {
    for (const path of sectionPages) {
      const response = await page.goto(`${baseUrl}${path}`)
      expect(response?.status(), path).toBe(200)
      expect(await page.locator('h1').count(), path).toBe(1)
    }
    await page.goto(`${baseUrl}/en/association`)
    expect(await page.getByText('Intimitalia').count()).toBeGreaterThan(0)
  })
})

describe('search', () => {
  it('searches from the FAQ page in the visitor’s language, ignoring accents, with highlighted matches', async () => {
    await page.goto(`${baseUrl}/it/domande-frequenti`)
    await page.getByLabel('Cerca nel sito').fill('qualita certificato')
    await page.getByRole('button', { name: 'Cerca', exact: true }).click()
    await page.waitForURL('**/it/cerca?q=*')
    expect(await page.locator('.search-summary').innerText()).toMatch(/risultat/)
    const first = page.locator('.search-results li').first()
    expect(await first.locator('mark').count()).toBeGreaterThan(0)
    await first.locator('h2 a').click()
    await page.waitForURL('**/it/domande-frequenti/**')
  })

  it('says so clearly when nothing matches', async () => {
    await page.goto(`${baseUrl}/en/search?q=${encodeURIComponent('zzzz nothing here')}`)
    expect(await page.locator('.search-summary').innerText()).toBe(
      'No results for “zzzz nothing here”. Try other words, or browse the frequently asked questions.',
    )
    expect(await page.locator('.search-results').count()).toBe(0)
  })
})

describe('security headers', () => {
  it('public pages carry the policy and the safety headers, without X-Powered-By', async () => {
    for (const path of ['/it', '/en/faq', '/it/contatti']) {
      const response = await fetch(`${baseUrl}${path}`)
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("default-src 'self'")
      expect(csp, path).toContain("frame-ancestors 'self'")
      expect(csp, path).toContain("object-src 'none'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('x-powered-by')).toBeNull()
    }
  })
})

describe('not found', () => {
  it.each([
    ['/en/faq/no-such-question', 'en', 'Page not found'],
    ['/it/domande-frequenti/nessuna-domanda', 'it', 'Pagina non trovata'],
    ['/it/sezione-inesistente', 'it', 'Pagina non trovata'],
    ['/en/faq/chi-e-l-intimacy-coordinator', 'en', 'Page not found'],
  ])('%s is a 404 in the visitor’s language', async (path, locale, title) => {
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(404)
    // The first HTML is the 404 page already (tests/e2e/not-found.e2e.ts), except an entry's under
    // the strict CSP: Next's error shell, the page rendered in the browser. So wait for it.
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale)
    expect(await page.locator('h1').innerText()).toBe(title)
  })

  it('a path that looks like another site never redirects off-site', async () => {
    for (const path of ['//evil.example/', '/%2F%2Fevil.example', '/\\evil.example']) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
      const location = response.headers.get('location')
      if (location) expect(new URL(location, baseUrl).origin, path).toBe(new URL(baseUrl).origin)
      expect(response.status, path).toBeLessThan(500)
    }
  })
})

describe('publishing', () => {
  it('a saved draft stays private; a published change is live in both languages right away', async () => {
    const api = await adminApi()
    const { docs } = await api(
      'GET',
      '/api/faqs?where[contentKey][equals]=who-is-an-intimacy-coordinator&locale=all&depth=0',
    )
    const faq = docs[0]
    const itPage = `${baseUrl}/it/domande-frequenti/chi-e-l-intimacy-coordinator`
    const enPage = `${baseUrl}/en/faq/what-is-an-intimacy-coordinator`
    const stamp = Date.now().toString(36)
    try {
      await api('PATCH', `/api/faqs/${faq.id}?locale=it&draft=true`, { question: `Bozza ${stamp}?` })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      expect(await (await fetch(itPage)).text()).not.toContain(`Bozza ${stamp}`)

      await api('PATCH', `/api/faqs/${faq.id}?locale=it`, { question: `Chi è l'IC (${stamp})?`, _status: 'published' })
      expect(await waitForText(itPage, `(${stamp})`)).toBeLessThan(15_000)
      await api('PATCH', `/api/faqs/${faq.id}?locale=en`, {
        question: `Who is an IC (${stamp})?`,
        _status: 'published',
      })
      expect(await waitForText(enPage, `Who is an IC (${stamp})?`)).toBeLessThan(15_000)
      expect(await waitForText(`${baseUrl}/en/faq`, `Who is an IC (${stamp})?`)).toBeLessThan(15_000)
    } finally {
      await api('PATCH', `/api/faqs/${faq.id}?locale=it`, { question: faq.question.it, _status: 'published' })
      await api('PATCH', `/api/faqs/${faq.id}?locale=en`, { question: faq.question.en, _status: 'published' })
    }
  })

  it('an entry not yet in English shows its Italian text on the English page, with a notice', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    const { doc } = await api('POST', '/api/faqs?locale=it', {
      question: `Domanda solo in italiano ${stamp}?`,
      answer: paragraphsToLexical(['Risposta solo in italiano.']),
      section: 'working-together',
      order: 99,
      _status: 'published',
    })
    try {
      await waitForText(`${baseUrl}/en/faq`, `Domanda solo in italiano ${stamp}?`)
      const response = await page.goto(`${baseUrl}/en/faq/${doc.slug}`)
      expect(response?.status()).toBe(200)
      expect(await page.locator('h1').getAttribute('lang')).toBe('it')
      expect(await page.locator('.translation-notice').innerText()).toMatch(/not been translated into English/)
      const hreflangs = await page
        .locator('link[rel="alternate"]')
        .evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))
      expect(hreflangs).not.toContain('en')
    } finally {
      await api('DELETE', `/api/faqs/${doc.id}`)
    }
    const gone = await fetch(`${baseUrl}/it/domande-frequenti/${doc.slug}`)
    expect(gone.status).toBe(404)
  })
})
