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

describe('translator in the admin', () => {
  it('saves English text through the edit form, while the Italian stays as it was', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    const email = `translator-${stamp}@example.org`
    const password = `translator-${stamp}-password`
    await api('POST', '/api/users', { email, password, role: 'translator', name: 'Translator' })
    const { docs } = await api(
      'GET',
      '/api/faqs?where[contentKey][equals]=does-the-intimacy-coordinator-replace-the-choreographer&locale=all&depth=0',
    )
    const faq = docs[0]
    const page = await browser.newPage()
    try {
      await signInToAdmin(page, { email, password })

      await page.goto(`${baseUrl}/admin/collections/faqs/${faq.id}?locale=en`)
      const question = page.locator('input[name="question"]')
      await question.waitFor()
      await question.fill(`Does the IC replace the choreographer? (${stamp})`)
      await page.getByRole('button', { name: /save draft|salva bozza/i }).click()
      await expect
        .poll(async () => (await api('GET', `/api/faqs/${faq.id}?locale=en&draft=true&depth=0`)).question, {
          timeout: 30_000,
        })
        .toBe(`Does the IC replace the choreographer? (${stamp})`)
      const italian = await api('GET', `/api/faqs/${faq.id}?locale=it&draft=true&depth=0`)
      expect(italian.question).toBe(faq.question.it)
      expect(italian.order).toBe(faq.order)
    } finally {
      // Closing the browser does not leave the edit view, so Payload's document lock may outlive it
      // (the form-state request of the typing can land after the save that cleared it): an admin
      // releases it, as "Take over" would, or the reset below gets 423.
      await page.close()
      // A form-state request still in flight can take the lock again after it was released: release
      // and reset until the reset goes through.
      await expect
        .poll(
          async () => {
            const locks = await api(
              'GET',
              `/api/payload-locked-documents?where[document.value][equals]=${faq.id}&depth=0`,
            )
            for (const lock of locks.docs) await api('DELETE', `/api/payload-locked-documents/${lock.id}`)
            return api('PATCH', `/api/faqs/${faq.id}?locale=en`, {
              question: faq.question.en,
              _status: 'published',
            }).then(
              () => true,
              () => false,
            )
          },
          { timeout: 15_000 },
        )
        .toBe(true)
      const users = await api('GET', `/api/users?where[email][equals]=${encodeURIComponent(email)}`)
      if (users.docs[0]) await api('DELETE', `/api/users/${users.docs[0].id}`)
    }
  })
})
