import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { adminApi } from './support/api'
import { baseUrl, launchBrowser, signInToAdmin } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('draft preview', () => {
  it('shows the latest draft to signed-in staff only, in the language asked for', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    const { doc } = await api('POST', '/api/faqs?locale=it&draft=true', {
      question: `Bozza in anteprima ${stamp}?`,
      answer: paragraphsToLexical(['Testo della bozza.']),
      section: 'the-role',
      _status: 'draft',
    })
    try {
      const path = `/it/preview/faqs/${doc.id}`

      const visitor = await browser.newPage()
      await visitor.goto(`${baseUrl}${path}`)
      expect(await visitor.content()).not.toContain(`Bozza in anteprima ${stamp}`)
      expect(await visitor.locator('main').innerText()).toMatch(/riservata/)
      await visitor.close()

      const staff = await browser.newContext()
      const page = await staff.newPage()
      await signInToAdmin(page)
      await page.goto(`${baseUrl}${path}`)
      expect(await page.locator('h1').innerText()).toBe(`Bozza in anteprima ${stamp}?`)
      expect(await page.locator('.preview-banner').innerText()).toMatch(/non è pubblica/)
      await page.goto(`${baseUrl}/en/preview/faqs/${doc.id}`)
      expect(await page.locator('h1').getAttribute('lang')).toBe('it') // not translated yet
      await staff.close()

      // The draft never reaches the public pages.
      expect(await (await fetch(`${baseUrl}/it/domande-frequenti`)).text()).not.toContain(`Bozza in anteprima ${stamp}`)
    } finally {
      await api('DELETE', `/api/faqs/${doc.id}`)
    }
  })
})
