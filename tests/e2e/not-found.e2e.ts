import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser } from './support/browser'

const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'

type Lang = 'it' | 'en'

/** What a 404 page shows in each language: its heading, the header's navigation and the ways on. */
const expected = {
  it: {
    title: 'Pagina non trovata',
    nav: ['/it/domande-frequenti', '/it/servizi', '/it/kit', '/it/associazione', '/it/contatti'],
    search: '/it/cerca',
    faq: 'Domande frequenti',
    faqHref: '/it/domande-frequenti',
    home: '/it',
    other: '/en',
  },
  en: {
    title: 'Page not found',
    nav: ['/en/faq', '/en/services', '/en/kit', '/en/association', '/en/contact'],
    search: '/en/search',
    faq: 'Frequently asked questions',
    faqHref: '/en/faq',
    home: '/en',
    other: '/it',
  },
} as const

/** Unknown addresses of every kind, with the language their 404 page is in; `entry`: a page's own give-up. */
const addresses: Array<[path: string, lang: Lang, entry: boolean]> = [
  ['/it/nope', 'it', false],
  ['/en/nope', 'en', false],
  ['/it/domande-frequenti/nessuna-domanda', 'it', true],
  ['/en/faq/no-such-question', 'en', true],
  ['/en/services/no-such-service', 'en', true],
  ['/it/servizi/nessun-servizio', 'it', true],
  ['/nope', 'it', false],
  ['/faq.html', 'it', false],
  ['/it/faq.html', 'it', false],
  ['/wp-login.php', 'it', false],
  ['/en/faq/a/b/c', 'en', false],
]

/**
 * Under the strict CSP (a nonce per response) every page is rendered per request, and an entry's
 * page can no longer change its status once it renders: there its 404 keeps Next's error shell
 * (src/components/NotFoundPage.tsx). Unknown addresses get the complete page in both modes.
 */
let strict = false

beforeAll(async () => {
  const res = await fetch(`${baseUrl}/it`)
  strict = /'nonce-/.test(res.headers.get('content-security-policy') ?? '')
})

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const hasLink = (html: string, href: string) => new RegExp(`<a[^>]*href="${escape(href)}"`).test(html)

describe('a 404 is a complete page without JavaScript', () => {
  it.each(addresses)('%s → 404 in %s', async (path, lang, entry) => {
    for (const userAgent of [undefined, GOOGLEBOT]) {
      const res = await fetch(`${baseUrl}${path}`, {
        redirect: 'manual',
        headers: userAgent ? { 'User-Agent': userAgent } : {},
      })
      const label = `${path} (${userAgent ?? 'no user agent'})`
      expect(res.status, label).toBe(404)
      expect(res.headers.get('set-cookie'), label).toBeNull()
      const html = await res.text()
      if (strict && entry) continue
      const want = expected[lang]
      expect(html, label).not.toContain('__next_error__')
      expect(html, label).toMatch(new RegExp(`<html[^>]* lang="${lang}"`))
      expect(html, label).toMatch(new RegExp(`<title>${want.title}[^<]*</title>`))
      expect(html, label).toMatch(new RegExp(`<h1[^>]*>${want.title}</h1>`))
      expect(html, label).toContain('name="robots" content="noindex')
      // The site's header: its navigation in the page's language, and the way to the other one.
      const header = /<header[\s\S]*?<\/header>/.exec(html)?.[0] ?? ''
      for (const href of want.nav) expect(hasLink(header, href), `${label}: ${href}`).toBe(true)
      expect(hasLink(header, want.other), `${label}: language switch`).toBe(true)
      // The ways on: a search form, the FAQ and the home page.
      const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? ''
      expect(main, label).toMatch(new RegExp(`<form[^>]*role="search"[^>]*action="${want.search}"`))
      expect(main, label).toMatch(new RegExp(`<a[^>]*href="${want.faqHref}"[^>]*>${want.faq}</a>`))
      expect(hasLink(main, want.home), label).toBe(true)
    }
  })

  it('known pages are untouched: sections, a question, redirects to a language, site files', async () => {
    for (const path of ['/it', '/en/faq', '/it/domande-frequenti/chi-e-l-intimacy-coordinator', '/it/cerca?q=set'])
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(200)
    for (const path of ['/', '/faq', '/domande-frequenti', '/it/faq']) {
      const res = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
      expect(res.status, path).toBe(307)
    }
    for (const path of ['/robots.txt', '/sitemap.xml', '/favicon.ico', '/icon.svg', '/language-switch.js'])
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(200)
  })
})

describe('a 404 in the browser', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each(addresses)('%s shows its heading with JavaScript disabled', async (path, lang, entry) => {
    if (strict && entry) return
    const context = await browser.newContext({ javaScriptEnabled: false })
    try {
      const page = await context.newPage()
      const response = await page.goto(`${baseUrl}${path}`)
      expect(response?.status()).toBe(404)
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      expect(await page.locator('h1').innerText()).toBe(expected[lang].title)
      expect(await page.title()).toContain(expected[lang].title)
      expect(await page.getByRole('searchbox').isVisible()).toBe(true)
    } finally {
      await context.close()
    }
  })

  it.each([
    ['/en/faq/no-such-question', 'en'],
    ['/it/nope', 'it'],
  ] as const)('%s stays the same page once JavaScript runs, with no error', async (path, lang) => {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    try {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      expect(await page.locator('h1').innerText()).toBe(expected[lang].title)
      expect(await page.locator('h1').count()).toBe(1)
      expect(errors).toEqual([])
    } finally {
      await page.close()
    }
  })
})
