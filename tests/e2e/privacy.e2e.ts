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

const hrefPath = (href: string | null) => (href === null ? null : new URL(href, baseUrl).pathname)

describe('privacy notice', () => {
  it.each([
    ['it', '/it', '/it/privacy', 'Informativa privacy'],
    ['en', '/en', '/en/privacy', 'Privacy notice'],
  ])('%s: every page’s footer links to the notice in the page’s language', async (_locale, home, privacy, label) => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}${home}`)
    const link = page.locator('footer').getByRole('link', { name: label })
    expect(hrefPath(await link.getAttribute('href'))).toBe(privacy)
    await link.click()
    await expect.poll(() => new URL(page.url()).pathname).toBe(privacy)
    await page.close()
  })

  it.each([
    ['it', '/it/contatti', '/it/privacy', 'informativa privacy'],
    ['en', '/en/contact', '/en/privacy', 'privacy notice'],
  ])(
    '%s: the line under the contact form links to the notice (no box to tick)',
    async (_locale, contact, privacy, words) => {
      const page = await browser.newPage()
      await page.goto(`${baseUrl}${contact}`)
      expect(await page.locator('form input[type="checkbox"]').count()).toBe(0)
      const link = page.locator('.form-notice').getByRole('link', { name: words })
      expect(hrefPath(await link.getAttribute('href'))).toBe(privacy)
      await page.close()
    },
  )

  it.each([
    ['it', '/it/privacy', 'Garante per la protezione dei dati personali'],
    ['en', '/en/privacy', 'Garante per la protezione dei dati personali'],
  ])('%s: the notice is shown', async (locale, path, text) => {
    const page = await browser.newPage()
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe(locale)
    expect((await page.locator('h1').innerText()).trim()).not.toBe('')
    const main = await page.locator('main').innerText()
    expect(main).toContain(text)
    // Built from the settings: no draft wording, ever, and the lawful basis for answering.
    expect(main).not.toMatch(/BOZZA|DRAFT|\{|\}/)
    expect(main).toMatch(locale === 'it' ? /art\. 6, par\. 1, lett\. b/ : /Article 6\(1\)\(b\)/)
    await page.close()
  })
})

describe('privacy requests in the admin', () => {
  it('an admin finds the view in the navigation and looks up an address', async () => {
    const page = await browser.newPage()
    await signInToAdmin(page)
    await page.goto(`${baseUrl}/admin`)
    // The menu has the entry (the menu itself may be folded away at this window size).
    await expect.poll(() => page.locator('a[href="/admin/privacy-requests"]').count()).toBeGreaterThan(0)
    await page.goto(`${baseUrl}/admin/privacy-requests`)
    await page.locator('input[name="email"]').fill(`nobody-${Date.now().toString(36)}@example.org`)
    await page.locator('.scena-privacy-requests button[type="submit"]').click()
    await expect
      .poll(() => page.locator('.scena-privacy-requests [role="status"]').innerText())
      .toMatch(/^0 (richieste|enquiries)/)
    await page.close()
  })
})
