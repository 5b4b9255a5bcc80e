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
    // No consent box: a line under the form links to the privacy notice instead.
    expect(await page.locator('input[type="checkbox"]').count()).toBe(0)
    await expect
      .poll(() => page.locator('.form-notice').getByRole('link', { name: 'privacy notice' }).getAttribute('href'))
      .toBe('/en/privacy')

    const stamp = Date.now().toString(36)
    await page.getByLabel('Full name').fill(`Browser Producer ${stamp}`)
    await page.getByLabel('E-mail').fill(`browser-${stamp}@example.org`)
    await page.getByLabel('Production type').selectOption('theatre')
    await page.getByLabel('Message').fill('We are staging a play with two intimate scenes.')
    await page.getByRole('button', { name: 'Send' }).click()
    await expect.poll(() => page.locator('[role="status"]').innerText()).toMatch(/Thank you/)

    const api = await adminApi()
    const { docs } = await api('GET', `/api/enquiries?where[email][equals]=browser-${stamp}@example.org`)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ locale: 'en', productionType: 'theatre' })
    await page.close()
  })

  it('asks, in both languages, for no health or sex-life details of other people, tied to the message field', async () => {
    const notes = {
      '/it/contatti': 'Per favore non inserire dati sulla salute o sulla vita sessuale di altre persone',
      '/en/contact': 'Please don’t include details of other people’s health or sex life',
    }
    for (const [path, note] of Object.entries(notes)) {
      const page = await browser.newPage()
      await page.goto(`${baseUrl}${path}`)
      const message = page.locator('textarea#message')
      expect(await message.getAttribute('aria-describedby'), path).toContain('message-hint')
      expect(await page.locator('#message-hint').innerText(), path).toContain(note)
      await page.close()
    }
  })

  it('Italian visitors get Italian messages', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}/it/contatti`)
    await page.getByLabel('E-mail').fill('non-valido')
    await page.getByRole('button', { name: 'Invia' }).click()
    await expect.poll(() => page.locator('#email-error').innerText()).toBe('Inserisci un indirizzo e-mail valido.')
    await page.close()
  })

  it('too many messages from one visitor get a clear message, whatever X-Forwarded-For the browser sends', async () => {
    const page = await browser.newPage()
    const stamp = Date.now().toString(36)
    let status = ''
    let sent = 0
    for (let i = 0; i < 8 && !status.includes('Too many'); i++) {
      // A different forged address each time: the server counts the connection's address.
      await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${i + 1}` })
      await page.goto(`${baseUrl}/en/contact`)
      await page.getByLabel('Full name').fill(`Flood ${stamp} ${i}`)
      await page.getByLabel('E-mail').fill(`flood-${stamp}@example.org`)
      await page.getByLabel('Message').fill('A message that is valid every time.')
      await page.getByRole('button', { name: 'Send' }).click()
      await page.waitForFunction(
        () => (document.querySelector('.form-success, .form-status')?.textContent ?? '') !== '',
      )
      status = await page.locator('.form-success, .form-status').first().innerText()
      if (/Thank you/.test(status)) sent++
    }
    expect(status).toMatch(/Too many messages in a short time\. Please try again in \d+ minutes\./)
    // At most the five allowed in the window (one may have gone out in the test above).
    expect(sent).toBeLessThanOrEqual(5)
    const api = await adminApi()
    const { totalDocs } = await api('GET', `/api/enquiries?where[email][equals]=flood-${stamp}@example.org&limit=1`)
    expect(totalDocs).toBe(sent)
    await page.close()
  })
})
