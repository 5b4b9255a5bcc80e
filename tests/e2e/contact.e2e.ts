import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminApi } from './support/api'
import { baseUrl, launchBrowser } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('contact form', () => {
  it('shows localized errors next to the fields, then sends and stores the enquiry', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/en/contact`)
    await page.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => page.locator('.form-status').innerText()).toBe('Please check the highlighted fields.')
    expect(await page.locator('#name-error').innerText()).toBe('This field is required.')
    expect(await page.locator('#name').getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#name').getAttribute('aria-describedby')).toBe('name-error')
    expect(await page.locator('#consent-error').innerText()).toBe('Your consent is needed so that I can reply.')

    const stamp = Date.now().toString(36)
    await page.getByLabel('Full name').fill(`Browser Producer ${stamp}`)
    await page.getByLabel('E-mail').fill(`browser-${stamp}@example.org`)
    await page.getByLabel('Production type').selectOption('theatre')
    await page.getByLabel('Message').fill('We are staging a play with two intimate scenes.')
    await page.getByLabel(/I agree/).check()
    await page.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => page.locator('[role="status"]').innerText()).toMatch(/Thank you/)

    const api = await adminApi()
    const { docs } = await api('GET', `/api/enquiries?where[email][equals]=browser-${stamp}@example.org`)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ locale: 'en', productionType: 'theatre', consent: true })
    await page.close()
  })

  it('Italian visitors get Italian messages', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/it/contatti`)
    await page.getByLabel('E-mail').fill('non-valido')
    await page.getByRole('button', { name: 'Invia' }).click()
    await expect.poll(() => page.locator('#email-error').innerText()).toBe('Inserisci un indirizzo e-mail valido.')
    await page.close()
  })

  it('too many messages from one visitor get a clear message', async () => {
    const page = await browser.newPage()
    let status = ''
    for (let i = 0; i < 8 && !status.includes('Too many'); i++) {
      await page.goto(`${baseUrl}/en/contact`)
      await page.getByRole('button', { name: 'Send' }).click()
      await page.waitForFunction(() => document.querySelector('.form-status')?.textContent !== '')
      status = await page.locator('.form-status').innerText()
    }
    expect(status).toMatch(/Too many messages in a short time\. Please try again in \d+ minutes\./)
    await page.close()
  })
})
