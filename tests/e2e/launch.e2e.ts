import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser, signInToAdmin } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('the launch checklist on the admin dashboard', () => {
  it('lists what is still to do, in Italian, each with its reason and where to fix it', async () => {
    const context = await browser.newContext({
      locale: 'it-IT',
      extraHTTPHeaders: { 'Accept-Language': 'it-IT,it;q=0.9' },
    })
    const page = await context.newPage()
    try {
      await signInToAdmin(page)
      await page.goto(`${baseUrl}/admin`)
      const block = page.locator('section', { has: page.getByRole('heading', { name: 'Pronto per la pubblicazione' }) })
      await block.waitFor()
      const text = await block.innerText()
      // This server runs on this machine's address, without SMTP: both items are to do, with the reason.
      expect(text).toMatch(/\d+ punt[oi] su 8/)
      expect(text).toMatch(/SITE_URL (non è impostato|è http:\/\/localhost)/)
      expect(text).toContain('Nessun server SMTP')
      // Each item fixed in the admin links to its page.
      expect(await block.getByRole('link', { name: 'Apri le impostazioni del sito' }).count()).toBeGreaterThan(0)

      // Without SMTP there is nothing to test by e-mail: the item says what to set instead of a button.
      expect(await block.getByRole('button', { name: 'Invia un’e-mail di prova' }).count()).toBe(0)
      // Keyboard: every link of the block is reachable and named.
      for (const link of await block.getByRole('link').all()) expect((await link.innerText()).trim()).not.toBe('')
    } finally {
      await context.close()
    }
  })
})
