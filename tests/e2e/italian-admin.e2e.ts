import type { Browser, BrowserContext } from 'playwright-core'
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

/** A browser set to Italian, as the coordinator's is: the admin and its server messages speak Italian. */
const italianContext = (): Promise<BrowserContext> =>
  browser.newContext({ locale: 'it-IT', extraHTTPHeaders: { 'Accept-Language': 'it-IT,it;q=0.9' } })

describe('the admin in Italian', () => {
  it('says what is wrong with a web address in Italian', async () => {
    const api = await adminApi()
    const { docs } = await api('GET', '/api/associations?limit=1&depth=0')
    const context = await italianContext()
    const page = await context.newPage()
    try {
      await signInToAdmin(page)
      await page.goto(`${baseUrl}/admin/collections/associations/${docs[0].id}`)
      const website = page.locator('input[name="website"]')
      await website.waitFor()
      await website.fill('non è un indirizzo')
      // What the admin receives for the field: the server's answer to the save, or the message the
      // form shows beside the field (depending on whether the form checked it before sending).
      const answers: string[] = []
      page.on('response', (response) => {
        if (response.request().method() === 'PATCH' || response.request().method() === 'POST')
          void response.text().then(
            (text) => answers.push(text),
            () => undefined,
          )
      })
      await page.getByRole('button', { name: /^(pubblica le modifiche|publish changes)$/i }).click()
      const message = 'Inserisci un indirizzo web completo che inizi con https://'
      await expect
        .poll(async () => (await page.content()).includes(message) || answers.some((text) => text.includes(message)), {
          timeout: 30_000,
        })
        .toBe(true)
    } finally {
      await context.close()
      const locks = await api(
        'GET',
        `/api/payload-locked-documents?where[document.value][equals]=${docs[0].id}&depth=0`,
      )
      for (const lock of locks.docs) await api('DELETE', `/api/payload-locked-documents/${lock.id}`)
    }
  })

  it('reports a rejected XLIFF unit in Italian', async () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="it" trgLang="en">
  <file id="faqs"><unit id="ciao"><segment><source>Ciao</source><target>Hello</target></segment></unit></file>
</xliff>`
    const context = await italianContext()
    const page = await context.newPage()
    try {
      await signInToAdmin(page)
      await page.goto(`${baseUrl}/admin/translations`)
      await page.locator('form.scena-import input[type="file"]').setInputFiles({
        name: 'rifiutata.xlf',
        mimeType: 'application/xliff+xml',
        buffer: Buffer.from(xliff),
      })
      await page.locator('form.scena-import button[type="submit"]').click()
      await expect
        .poll(
          () =>
            page
              .locator('.scena-import__units')
              .innerText()
              .catch(() => ''),
          { timeout: 30_000 },
        )
        .toContain('Non è un’unità esportata da Scena')
    } finally {
      await context.close()
    }
  })

  it('refuses a translator’s change to a shared field in Italian, naming the field as the admin does', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    const email = `traduzione-${stamp}@example.org`
    const password = `traduzione-${stamp}-password`
    await api('POST', '/api/users', { email, password, role: 'translator', name: 'Traduzione' })
    const { docs } = await api('GET', '/api/faqs?limit=1&depth=0')
    const context = await italianContext()
    const page = await context.newPage()
    try {
      await signInToAdmin(page, { email, password })
      // As the admin's own requests are sent: the session cookie and the browser's language.
      const refusal = await page.evaluate(async (id) => {
        const res = await fetch(`/api/faqs/${id}?locale=en`, {
          method: 'PATCH',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ order: 999 }),
        })
        return { status: res.status, body: await res.json() }
      }, docs[0].id)
      expect(refusal.status).toBe(403)
      expect(refusal.body.errors[0].message).toBe(
        'Chi traduce può modificare solo il testo inglese. Il campo «Ordine» è comune alle due lingue: chiedi alla redazione.',
      )
      expect(refusal.body.errors[0].data.code).toBe('errTranslatorShared')
    } finally {
      await context.close()
      const users = await api('GET', `/api/users?where[email][equals]=${encodeURIComponent(email)}`)
      if (users.docs[0]) await api('DELETE', `/api/users/${users.docs[0].id}`)
    }
  })

  it('shows dates the Italian way: day, month, year and a 24-hour clock', async () => {
    const context = await italianContext()
    const page = await context.newPage()
    try {
      await signInToAdmin(page)
      await page.goto(`${baseUrl}/admin/collections/faqs`)
      const table = page.locator('table')
      await table.waitFor()
      const months = 'gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre'
      const italianDate = new RegExp(`\\b\\d{1,2}\\s(${months})\\s\\d{4},\\s\\d{2}:\\d{2}\\b`)
      // Date cells fill in after the table ("Caricamento..."): wait for them.
      await expect.poll(() => table.innerText(), { timeout: 30_000 }).toMatch(italianDate)
      expect(await table.innerText()).not.toMatch(/\b(AM|PM)\b/)
    } finally {
      await context.close()
    }
  })

  it('lists enquiries with Italian labels, not stored values', async () => {
    const api = await adminApi()
    const context = await italianContext()
    const page = await context.newPage()
    try {
      if ((await api('GET', '/api/enquiries?limit=1&depth=0')).totalDocs === 0) {
        await page.goto(`${baseUrl}/it/contatti`)
        await page.getByLabel('Nome e cognome').fill('Produzione di prova')
        await page.getByLabel('E-mail').fill('prova@example.org')
        await page.getByLabel('Tipo di produzione').selectOption('tv-series')
        await page.getByLabel('Messaggio').fill('Un messaggio di prova per l’elenco.')
        await page.getByRole('button', { name: 'Invia' }).click()
        await page.getByRole('status').filter({ hasText: 'Grazie' }).waitFor()
      }
      const { docs } = await api('GET', '/api/enquiries?limit=1&depth=0&sort=-createdAt')
      const labels: Record<string, string> = {
        film: 'Film',
        'tv-series': 'Serie TV',
        theatre: 'Teatro / spettacolo dal vivo',
        commercial: 'Pubblicità',
        workshop: 'Workshop / formazione',
        other: 'Altro',
      }
      await signInToAdmin(page)
      await page.goto(`${baseUrl}/admin/collections/enquiries`)
      const table = page.locator('table')
      await table.waitFor()
      const text = await table.innerText()
      expect(text).toContain('Tipo di produzione')
      if (docs[0].productionType) expect(text).toContain(labels[docs[0].productionType])
      expect(text).not.toMatch(/\btv-series\b|\btheatre\b/)
      expect(text).toMatch(/Nuova|Risposta inviata|Archiviata/)
    } finally {
      await context.close()
    }
  })
})
