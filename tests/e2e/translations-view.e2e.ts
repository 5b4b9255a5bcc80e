import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminApi } from './support/api'
import { baseUrl, launchBrowser, signInToAdmin } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const faqKey = 'when-to-hire-an-intimacy-coordinator'

describe('translator working from the Translations view', () => {
  it('finds the outdated FAQ, translates it beside the Italian source, and it leaves the list', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    const email = `translator-view-${stamp}@example.org`
    const password = `translator-${stamp}-password`
    await api('POST', '/api/users', { email, password, role: 'translator', name: 'Translator' })
    const { docs } = await api('GET', `/api/faqs?where[contentKey][equals]=${faqKey}&locale=all&depth=0`)
    const faq = docs[0]
    const newItalian = `${faq.question.it} (rivista ${stamp})`
    const newEnglish = `${faq.question.en} (revised ${stamp})`
    // The coordinator rewrites the Italian question: the English one is now out of date.
    await api('PATCH', `/api/faqs/${faq.id}?locale=it&overrideLock=true`, {
      question: newItalian,
      _status: 'published',
    })
    try {
      const page = await browser.newPage()
      await signInToAdmin(page, { email, password })

      await page.goto(`${baseUrl}/admin/translations`)
      const list = page.getByTestId('needs-translation')
      const link = list.getByRole('link', { name: newItalian })
      await link.waitFor()
      expect(await link.locator('xpath=ancestor::tr').innerText()).toMatch(/outdated|da aggiornare/i)
      await link.click()

      await page.waitForURL(/\/admin\/collections\/faqs\/\d+\?locale=en/)
      const source = page.getByRole('region', { name: /question$/ })
      await source.getByText(newItalian).waitFor()
      await expect.poll(() => source.innerText()).toMatch(/outdated|da aggiornare/i)
      expect(await source.locator('[lang="it"]').first().innerText()).toContain(newItalian)

      const question = page.locator('input[name="question"]')
      await question.fill(newEnglish)
      await page.getByRole('button', { name: /save draft|salva bozza/i }).click()
      await expect
        .poll(async () => (await api('GET', `/api/faqs/${faq.id}?locale=en&draft=true&depth=0`)).question, {
          timeout: 30_000,
        })
        .toBe(newEnglish)
      await source.getByText(/complete|completa/i).waitFor()

      await page.goto(`${baseUrl}/admin/translations`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      expect(await page.getByRole('link', { name: newItalian }).count()).toBe(0)
      await page.close()
    } finally {
      await api('PATCH', `/api/faqs/${faq.id}?locale=it&overrideLock=true`, {
        question: faq.question.it,
        _status: 'published',
      })
      await api('PATCH', `/api/faqs/${faq.id}?locale=en&overrideLock=true`, {
        question: faq.question.en,
        _status: 'published',
      })
      const users = await api('GET', `/api/users?where[email][equals]=${encodeURIComponent(email)}`)
      if (users.docs[0]) await api('DELETE', `/api/users/${users.docs[0].id}`)
    }
  })
})
