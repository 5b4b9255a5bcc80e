import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminCredentials, baseUrl, launchBrowser } from './support/browser'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage({ locale: 'it-IT' })
})
afterAll(async () => {
  await browser?.close()
})

const shot = async (name: string) => {
  if (process.env.E2E_SCREENSHOTS)
    await page.screenshot({ path: `${process.env.E2E_SCREENSHOTS}/${name}.png`, fullPage: true })
}

describe('admin', () => {
  it('an admin signs in and sees the seeded FAQs in Italian, then in English', async () => {
    const { email, password } = adminCredentials()
    await page.goto(`${baseUrl}/admin/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    await shot('admin-dashboard')

    await page.goto(`${baseUrl}/admin/collections/faqs?locale=it`)
    await expect
      .poll(() => page.getByText("Chi è l'Intimacy Coordinator?").count(), { timeout: 60_000 })
      .toBeGreaterThan(0)
    await shot('admin-faqs-it')

    await page.goto(`${baseUrl}/admin/collections/faqs?locale=en`)
    await expect
      .poll(() => page.getByText('Who is an Intimacy Coordinator?').count(), { timeout: 60_000 })
      .toBeGreaterThan(0)
    await shot('admin-faqs-en')
  })
})

describe('public site', () => {
  it.each([
    ['it', 'Domande frequenti', "Chi è l'Intimacy Coordinator?"],
    ['en', 'Frequently asked questions', 'Who is an Intimacy Coordinator?'],
  ])('/%s shows the seeded FAQ list with <html lang>', async (locale, heading, question) => {
    const response = await page.goto(`${baseUrl}/${locale}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    expect(await page.locator('h1').innerText()).toBe(heading)
    expect(await page.getByText(question).count()).toBe(1)
  })

  it('/ sends an English browser to /en', async () => {
    const context = await browser.newContext({
      locale: 'en-GB',
      extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' },
    })
    const englishPage = await context.newPage()
    await englishPage.goto(`${baseUrl}/`)
    expect(new URL(englishPage.url()).pathname).toBe('/en')
    await context.close()
  })

  it('an unknown page is a 404 in the visitor’s language', async () => {
    const response = await page.goto(`${baseUrl}/en/no-such-page`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('h1').innerText()).toBe('Page not found')
  })
})
