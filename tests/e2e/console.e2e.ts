import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The first entry page of a section in the sitemap, e.g. an FAQ in Italian. */
async function entryFromSitemap(prefix: string): Promise<string> {
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
  const path = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => new URL(m[1]!).pathname)
    .find((p) => p.startsWith(prefix))
  if (!path) throw new Error(`No ${prefix}… page in the sitemap`)
  return path
}

/** Every kind of public page, in both languages (entry pages from the sitemap). */
async function publicPages(): Promise<Array<{ path: string; status: number }>> {
  const ok = async (path: string | Promise<string>) => ({ path: await path, status: 200 })
  return Promise.all([
    ok('/it'),
    ok('/en'),
    ok('/it/domande-frequenti'),
    ok('/en/faq'),
    ok(entryFromSitemap('/it/domande-frequenti/')),
    ok(entryFromSitemap('/en/faq/')),
    ok('/it/servizi'),
    ok('/en/services'),
    ok(entryFromSitemap('/it/servizi/')),
    ok(entryFromSitemap('/en/services/')),
    ok('/it/kit'),
    ok('/en/kit'),
    ok('/it/associazione'),
    ok('/en/association'),
    ok('/it/contatti'),
    ok('/en/contact'),
    ok(`/it/cerca?q=${encodeURIComponent('consenso')}`),
    ok(`/en/search?q=${encodeURIComponent('consent')}`),
    ok('/it/privacy'),
    ok('/en/privacy'),
    { path: '/it/pagina-che-non-esiste', status: 404 },
    { path: '/en/no-such-page', status: 404 },
  ])
}

interface Visit {
  status: number | undefined
  consoleErrors: string[]
  failedRequests: string[]
  scripts: string[]
  payloadFetches: string[]
}

/** Loads `path` in a fresh page and records what went wrong, until the network is idle. */
async function visit(path: string): Promise<Visit> {
  const page: Page = await browser.newPage()
  const url = `${baseUrl}${path}`
  const result: Visit = { status: undefined, consoleErrors: [], failedRequests: [], scripts: [], payloadFetches: [] }
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    // A 404 page's own document status is reported as a failed resource: expected there.
    if (message.location().url === url && /status of 404/.test(message.text())) return
    result.consoleErrors.push(`${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => result.consoleErrors.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) =>
    result.failedRequests.push(`${request.failure()?.errorText} ${request.method()} ${request.url()}`),
  )
  page.on('response', (response) => {
    const request = response.request()
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return
    if (response.status() >= 400)
      result.failedRequests.push(`${response.status()} ${request.method()} ${response.url()}`)
  })
  page.on('request', (request) => {
    if (request.resourceType() === 'script') result.scripts.push(new URL(request.url()).pathname)
    if (request.url().includes('_rsc=')) result.payloadFetches.push(request.url())
  })
  const response = await page.goto(url, { waitUntil: 'networkidle' })
  result.status = response?.status()
  await page.close()
  return result
}

describe('every public page type, in both languages', () => {
  it('loads without a console error or a failed request, and prefetches nothing', async () => {
    const pages = await publicPages()
    const problems: string[] = []
    for (const { path, status } of pages) {
      const result = await visit(path)
      if (result.status !== status) problems.push(`${path}: status ${result.status}, expected ${status}`)
      for (const error of result.consoleErrors) problems.push(`${path}: console error: ${error}`)
      for (const failed of result.failedRequests) problems.push(`${path}: failed request: ${failed}`)
      // Plain links: no page downloads other pages' RSC payloads in the background.
      for (const fetched of result.payloadFetches) problems.push(`${path}: prefetched ${fetched}`)
    }
    expect(problems).toEqual([])
  })

  it('pages without a form load the same scripts; the contact page adds only its form’s', async () => {
    const scripts = async (path: string) => new Set((await visit(path)).scripts)
    const home = await scripts('/it')
    expect(home.size).toBeGreaterThan(0)
    for (const path of ['/en/faq', await entryFromSitemap('/en/faq/'), '/it/kit', '/en/search?q=consent'])
      expect([...(await scripts(path))].sort(), path).toEqual([...home].sort())
    const contact = await scripts('/en/contact')
    const extra = [...contact].filter((script) => !home.has(script))
    expect([...home].filter((script) => !contact.has(script))).toEqual([])
    expect(extra).toHaveLength(1)
  })

  it('/favicon.ico and the touch icon answer with images', async () => {
    for (const [path, type] of [
      ['/favicon.ico', 'image/x-icon'],
      ['/apple-icon.png', 'image/png'],
      ['/icon.svg', 'image/svg+xml'],
    ] as const) {
      const response = await fetch(`${baseUrl}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toBe(type)
      expect((await response.arrayBuffer()).byteLength, path).toBeGreaterThan(100)
    }
  })
})

describe('the language switcher (server-rendered links and a small static script, no React)', () => {
  it('remembers the choice in the NEXT_LOCALE cookie, set in the browser, and keeps the anchor', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl}/en/faq#q-2`)
    expect(response?.headers()['set-cookie']).toBeUndefined()
    await page.locator('.language-switcher a[hreflang="it"]').click()
    await page.waitForURL('**/it/domande-frequenti#q-2')
    const cookie = (await context.cookies(baseUrl)).find((c) => c.name === 'NEXT_LOCALE')
    expect(cookie?.value).toBe('it')
    expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 300 * 24 * 3600)
    // `/` now follows the choice, whatever the browser's language.
    await page.setExtraHTTPHeaders({ 'Accept-Language': 'en' })
    await page.goto(`${baseUrl}/`)
    expect(new URL(page.url()).pathname).toBe('/it')
    await context.close()
  })

  it('is a plain link without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/it/domande-frequenti/chi-e-l-intimacy-coordinator`)
    await page.locator('.language-switcher a[hreflang="en"]').click()
    await page.waitForURL('**/en/faq/what-is-an-intimacy-coordinator')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await context.close()
  })
})
