import fs from 'node:fs/promises'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminApi, adminToken } from './support/api'
import { baseUrl, launchBrowser, signInToAdmin } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const faqKey = 'when-to-hire-an-intimacy-coordinator'

type Api = Awaited<ReturnType<typeof adminApi>>
interface SeededFaq {
  id: number
  question: { it: string; en: string }
}

/**
 * Runs `check` while the coordinator's edit of the seeded FAQ's Italian question is live (its
 * English is then outdated); both languages are put back afterwards, whatever happens.
 */
async function whileItalianChanged(
  api: Api,
  change: (italian: string) => string,
  check: (faq: SeededFaq, italian: string) => Promise<void>,
): Promise<void> {
  const { docs } = await api('GET', `/api/faqs?where[contentKey][equals]=${faqKey}&locale=all&depth=0`)
  const faq = docs[0] as SeededFaq
  const italian = change(faq.question.it)
  await api('PATCH', `/api/faqs/${faq.id}?locale=it&overrideLock=true`, { question: italian, _status: 'published' })
  try {
    await check(faq, italian)
  } finally {
    await api('PATCH', `/api/faqs/${faq.id}?locale=it&overrideLock=true`, {
      question: faq.question.it,
      _status: 'published',
    })
    await api('PATCH', `/api/faqs/${faq.id}?locale=en&overrideLock=true`, {
      question: faq.question.en,
      _status: 'published',
    })
  }
}

describe('translator working from the Translations view', () => {
  it('finds the outdated FAQ, translates it beside the Italian source, publishes English, and it leaves the list', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    const email = `translator-view-${stamp}@example.org`
    const password = `translator-${stamp}-password`
    await api('POST', '/api/users', { email, password, role: 'translator', name: 'Translator' })
    try {
      await whileItalianChanged(
        api,
        (italian) => `${italian} (rivista ${stamp})`,
        async (faq, newItalian) => {
          const newEnglish = `${faq.question.en} (revised ${stamp})`
          const page = await browser.newPage()
          await signInToAdmin(page, { email, password })

          await page.goto(`${baseUrl}/admin/translations`)
          const list = page.getByTestId('needs-translation')
          const link = list.getByRole('link', { name: newItalian })
          await link.waitFor()
          expect(await link.locator('xpath=ancestor::tr').innerText()).toMatch(/outdated|da aggiornare/i)
          await link.click()

          await page.waitForURL(/\/admin\/collections\/faqs\/\d+\?locale=en/)
          const source = page.getByRole('region', { name: /(Question|Domanda)$/ })
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

          // Publishing puts the English live, and only the English.
          await page.getByRole('button', { name: /publish changes|pubblica le modifiche/i }).click()
          await expect
            .poll(async () => (await fetch(`${baseUrl}/api/faqs/${faq.id}?locale=en&depth=0`)).json(), {
              timeout: 30_000,
            })
            .toMatchObject({ question: newEnglish })
          const publicItalian = await (await fetch(`${baseUrl}/api/faqs/${faq.id}?locale=it&depth=0`)).json()
          expect(publicItalian.question).toBe(newItalian)

          await page.goto(`${baseUrl}/admin/translations`)
          await page.getByRole('heading', { level: 1 }).waitFor()
          expect(await page.getByRole('link', { name: newItalian }).count()).toBe(0)
          await page.close()
        },
      )
    } finally {
      const users = await api('GET', `/api/users?where[email][equals]=${encodeURIComponent(email)}`)
      if (users.docs[0]) await api('DELETE', `/api/users/${users.docs[0].id}`)
    }
  })

  it('copies the Italian into empty English fields, text and rich text alike', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    const italianQuestion = `Domanda da tradurre ${stamp}`
    const italianAnswer = `Risposta da tradurre ${stamp}`
    const { doc } = await api('POST', '/api/faqs?locale=it', {
      question: italianQuestion,
      answer: {
        root: {
          type: 'root',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          children: [
            {
              type: 'paragraph',
              version: 1,
              format: '',
              indent: 0,
              direction: 'ltr',
              textFormat: 0,
              textStyle: '',
              children: [
                { type: 'text', text: italianAnswer, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
              ],
            },
          ],
        },
      },
      section: 'the-role',
      order: 99,
      _status: 'draft',
    })
    try {
      const page = await browser.newPage()
      await signInToAdmin(page)
      await page.goto(`${baseUrl}/admin/collections/faqs/${doc.id}?locale=en`)
      const questionSource = page.getByRole('region', { name: /(Question|Domanda)$/ })
      await questionSource.getByRole('button', { name: /copy from italian|copia dall/i }).click()
      await expect.poll(() => page.locator('input[name="question"]').inputValue()).toBe(italianQuestion)
      // The button is gone; keyboard focus moved to the field to translate.
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('question')
      await expect.poll(() => questionSource.getByRole('button').count()).toBe(0)

      const answerSource = page.getByRole('region', { name: /(Answer|Risposta)$/ })
      await answerSource.getByRole('button', { name: /copy from italian|copia dall/i }).click()
      const editor = page.locator('[data-field-path="answer"] [contenteditable="true"]')
      await expect.poll(() => editor.innerText()).toContain(italianAnswer)
      await page.close()
    } finally {
      await api('DELETE', `/api/faqs/${doc.id}`)
    }
  })

  it('imports an XLIFF file from the Translations view and shows the per-unit report', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    await whileItalianChanged(
      api,
      (italian) => `${italian} (xliff ${stamp})`,
      async (faq) => {
        const exported = await fetch(`${baseUrl}/api/xliff/export?collection=faqs&scope=needs-work&ids=${faq.id}`, {
          headers: { Authorization: `JWT ${await adminToken()}` },
        })
        expect(exported.status).toBe(200)
        const xliff = await exported.text()
        const translated = xliff.replace(
          /(<unit id="faqs\.\d+\.question\.[0-9a-f]+"[^>]*>[\s\S]*?<target[^>]*>)[\s\S]*?(<\/target>)/,
          `$1Imported question ${stamp}$2`,
        )
        expect(translated).not.toBe(xliff)

        const page = await browser.newPage()
        await signInToAdmin(page)
        await page.goto(`${baseUrl}/admin/translations`)
        await page.getByLabel(/XLIFF file to import|File XLIFF da importare/).setInputFiles({
          name: 'faqs-en.xlf',
          mimeType: 'application/xliff+xml',
          buffer: Buffer.from(translated),
        })
        await page.getByRole('button', { name: /^(Import|Importa)$/ }).click()
        await page.getByText(/(Applied|Applicate): 1/).waitFor()
        const english = await api('GET', `/api/faqs/${faq.id}?locale=en&draft=true&depth=0`)
        expect(english.question).toBe(`Imported question ${stamp}`)
        await page.close()
      },
    )
  })

  it('exports the entries selected in a list to XLIFF', async () => {
    const page = await browser.newPage()
    await signInToAdmin(page)
    await page.goto(`${baseUrl}/admin/collections/kit-items`)
    const firstRow = page.locator('tbody tr').first()
    await firstRow.locator('input[type="checkbox"]').check()
    const link = page.getByRole('link', { name: /^(Export the selected entry|Esporta la voce selezionata)$/ })
    const href = await link.getAttribute('href')
    expect(href).toMatch(/^\/api\/xliff\/export\?collection=kit-items&scope=all&ids=\d+$/)
    const id = /ids=(\d+)/.exec(href!)![1]
    // A real click: the browser's own fetch carries the session (Payload checks Sec-Fetch-Site).
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe('scena-kit-items-en.xlf')
    const file = await fs.readFile((await download.path())!, 'utf8')
    const units = [...file.matchAll(/<unit id="([^"]+)"/g)].map((m) => m[1])
    expect(units.length).toBeGreaterThan(0)
    expect(units.every((unit) => unit!.startsWith(`kit-items.${id}.`))).toBe(true)
    await page.close()
  })

  it('confirms an English text as still accurate after a small Italian change, by keyboard', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    await whileItalianChanged(
      api,
      (italian) => `${italian} ${stamp}`,
      async (faq) => {
        const page = await browser.newPage()
        await signInToAdmin(page)
        await page.goto(`${baseUrl}/admin/collections/faqs/${faq.id}?locale=en`)
        const source = page.getByRole('region', { name: /(Question|Domanda)$/ })
        const button = source.getByRole('button', { name: /still accurate|ancora corretto/i })
        await button.focus()
        await page.keyboard.press('Enter')
        await source.getByRole('status').waitFor()
        await expect.poll(() => source.innerText()).toMatch(/complete|completa/i)
        // Focus stays in the panel, not lost to the page.
        expect(await source.evaluate((el) => el.contains(document.activeElement))).toBe(true)
        const status = await api('GET', '/api/translation-status?collection=faqs')
        const entry = status.faqs.entries.find((e: { id: number }) => e.id === faq.id)
        expect(entry.fields.question).toBe('complete')
        await page.close()
      },
    )
  })
})
