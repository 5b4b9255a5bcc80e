import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeTempDir, removeDir } from '../int/support/tempDir'
import { launchBrowser, visitorUserAgent } from './support/browser'
import { type RunningServer, startServer } from './support/server'

/**
 * Insights (issue 25) in a real browser against `npm start` of the current build, on its own
 * database and port, with a one-second flush: a visit counts once, a reload again, Global Privacy
 * Control not at all, nothing is written to the browser; a search that found nothing is listed
 * normalized; SIGTERM writes what was not yet flushed. Like restart.e2e.ts it shares the build's
 * page cache, so it runs only when asked (E2E_INSIGHTS=1) and while no other server of the
 * checkout runs.
 */
const enabled = process.env.E2E_INSIGHTS === '1'
const port = Number(process.env.E2E_INSIGHTS_PORT || 3601)
const databasePort = Number(process.env.E2E_INSIGHTS_PG_PORT || 54431)
const credentials = { email: 'insights-admin@example.org', password: 'insights-e2e-password-0123' }
const userAgent = visitorUserAgent
const FLUSH_SECONDS = 1

let dataDir = ''
let server: RunningServer | undefined
let browser: Browser
let token = ''

const options = (env: Record<string, string> = {}) => ({
  port,
  dataDir: `${dataDir}/postgres`,
  databasePort,
  log: `${dataDir}/server.log`,
  env: {
    PAYLOAD_SECRET: 'insights-e2e-secret',
    ADMIN_EMAIL: credentials.email,
    ADMIN_PASSWORD: credentials.password,
    INSIGHTS_FLUSH_SECONDS: String(FLUSH_SECONDS),
    ...env,
  },
})
const base = () => server!.url

async function signIn(): Promise<void> {
  const res = await fetch(`${base()}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  expect(res.status).toBe(200)
  token = ((await res.json()) as { token: string }).token
}

type Report = {
  pages: Array<{ path: string; locale: string; views: number }>
  searches: { zeroResults: Array<{ query: string; locale: string; count: number }> }
}
async function report(): Promise<Report> {
  const res = await fetch(`${base()}/api/insights?days=7`, { headers: { Authorization: `JWT ${token}` } })
  expect(res.status).toBe(200)
  return (await res.json()) as Report
}
const views = async (path: string) => (await report()).pages.find((p) => p.path === path)?.views ?? 0
const settle = () => new Promise((resolve) => setTimeout(resolve, FLUSH_SECONDS * 1000 + 1500))

/** Opens `path` in `page` and waits for its beacon's answer; the answer's status and headers. */
async function visit(page: Page, path: string, reload = false) {
  const beacon = page.waitForResponse((r) => r.url().endsWith('/api/insights/hit'), { timeout: 15_000 })
  if (reload) await page.reload()
  else await page.goto(`${base()}${path}`)
  const response = await beacon
  return { status: response.status(), headers: await response.allHeaders() }
}

async function storageOf(context: BrowserContext, page: Page) {
  const stored = await page.evaluate(() => ({
    local: window.localStorage.length,
    session: window.sessionStorage.length,
    cookie: document.cookie,
  }))
  return { ...stored, cookies: await context.cookies() }
}

describe.runIf(enabled)('insights in a real browser', () => {
  beforeAll(async () => {
    dataDir = await makeTempDir('insights')
    server = await startServer(options())
    await signIn()
    browser = await launchBrowser()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop('SIGTERM').catch(() => undefined)
    if (dataDir) await removeDir(dataDir)
  }, 60_000)

  it('counts a visit to an Italian and an English page once each, a reload again, and writes nothing', async () => {
    const before = { it: await views('/it/domande-frequenti'), en: await views('/en/faq') }
    const context = await browser.newContext({ userAgent })
    const page = await context.newPage()
    const first = await visit(page, '/it/domande-frequenti')
    expect(first.status).toBe(204)
    expect(first.headers['set-cookie']).toBeUndefined()
    await visit(page, '/en/faq')
    await settle()
    expect(await views('/it/domande-frequenti')).toBe(before.it + 1)
    expect(await views('/en/faq')).toBe(before.en + 1)

    await visit(page, '/en/faq', true)
    await settle()
    expect(await views('/en/faq')).toBe(before.en + 2)
    expect(await views('/it/domande-frequenti')).toBe(before.it + 1)

    expect(await storageOf(context, page)).toEqual({ local: 0, session: 0, cookie: '', cookies: [] })
    await context.close()
  })

  it('does not count a browser that sends Global Privacy Control', async () => {
    const before = await views('/en/kit')
    const context = await browser.newContext({ userAgent, extraHTTPHeaders: { 'Sec-GPC': '1' } })
    const page = await context.newPage()
    const beacon = page.waitForResponse((r) => r.url().endsWith('/api/insights/hit'), { timeout: 5_000 })
    await page.goto(`${base()}/en/kit`)
    // Chromium's navigator.globalPrivacyControl follows its own setting, not this header: then the
    // beacon is sent, and the server does not count it.
    const status = await beacon.then(
      (r) => r.status(),
      () => 'not sent',
    )
    expect([204, 'not sent']).toContain(status)
    await settle()
    expect(await views('/en/kit')).toBe(before)
    await context.close()
  })

  it('lists a search that found nothing under zeroResults, normalized', async () => {
    const context = await browser.newContext({ userAgent })
    const page = await context.newPage()
    const word = `Zzyzx${Date.now().toString(36)}`
    await visit(page, `/it/cerca?q=${encodeURIComponent(`  ${word}   NUDITÀ `)}`)
    await settle()
    const zero = (await report()).searches.zeroResults
    expect(zero).toContainEqual({ query: `${word.toLowerCase()} nudita`, locale: 'it', count: 1 })
    await context.close()

    // The coordinator turns it into a question: Statistiche → "Crea una domanda frequente".
    const admin = await browser.newContext()
    const desk = await admin.newPage()
    await desk.goto(`${base()}/admin/login`)
    await desk.locator('input[name="email"]').fill(credentials.email)
    await desk.locator('input[name="password"]').fill(credentials.password)
    await desk.locator('button[type="submit"]').click()
    await desk.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    await desk.goto(`${base()}/admin/insights?days=7`)
    const row = desk.getByTestId('insights-zero').locator('tr', { hasText: word.toLowerCase() })
    await row.getByRole('link').click()
    await desk.waitForURL(/\/admin\/collections\/faqs\/create/)
    await expect.poll(() => desk.locator('input[name="question"]').inputValue()).toBe(`${word.toLowerCase()} nudita`)
    await admin.close()
  })

  it('writes pending counts when the server is stopped with SIGTERM', async () => {
    await server!.stop('SIGTERM')
    server = await startServer(options({ INSIGHTS_FLUSH_SECONDS: '3600' }))
    await signIn()
    const before = await views('/en/association')
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base()}/api/insights/hit`, {
        method: 'POST',
        headers: { 'User-Agent': userAgent, 'Content-Type': 'text/plain' },
        body: JSON.stringify({ path: '/en/association' }),
      })
      expect(res.status).toBe(204)
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await views('/en/association')).toBe(before)
    await server!.stop('SIGTERM')
    server = await startServer(options())
    await signIn()
    expect(await views('/en/association')).toBe(before + 3)
  }, 240_000)
})
