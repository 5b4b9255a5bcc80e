import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, signInToAdmin } from './support/browser'

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
    await signInToAdmin(page)
    await page.goto(`${baseUrl}/admin`)
    // The dashboard says how the scheduled backups are doing (none has run on a fresh server).
    await expect
      .poll(() => page.getByText('Nessun backup automatico ancora eseguito.').count(), { timeout: 60_000 })
      .toBeGreaterThan(0)
    await shot('admin-dashboard')

    await page.goto(`${baseUrl}/admin/collections/faqs?locale=it`)
    await expect
      .poll(() => page.getByText('Chi è l’Intimacy Coordinator?').count(), { timeout: 60_000 })
      .toBeGreaterThan(0)
    await shot('admin-faqs-it')

    await page.goto(`${baseUrl}/admin/collections/faqs?locale=en`)
    await expect
      .poll(() => page.getByText('What is an Intimacy Coordinator?').count(), { timeout: 60_000 })
      .toBeGreaterThan(0)
    await shot('admin-faqs-en')
  })
})
