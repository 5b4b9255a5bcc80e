import { createRequire } from 'node:module'

import type { Browser, Locator } from 'playwright-core'
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

type Api = Awaited<ReturnType<typeof adminApi>>

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** axe-core's WCAG 2.2 A/AA violations inside one element. */
async function axeViolations(element: Locator): Promise<string[]> {
  await element.page().addScriptTag({ path: axePath })
  return element.evaluate(async (node) => {
    const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<any> } }).axe
    const result = await axe.run(node, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations.map((v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`)
  })
}

/** A translator account for one test, removed afterwards with the entries it names. */
async function withTranslator(
  api: Api,
  run: (login: { email: string; password: string }, created: number[]) => Promise<void>,
): Promise<void> {
  const stamp = Date.now().toString(36)
  const login = { email: `translator-diff-${stamp}@example.org`, password: `translator-${stamp}-password` }
  await api('POST', '/api/users', { ...login, role: 'translator', name: 'Translator' })
  const created: number[] = []
  try {
    await run(login, created)
  } finally {
    // The translator's edit view may still hold the document lock.
    for (const id of created) await api('DELETE', `/api/faqs/${id}?overrideLock=true`)
    const users = await api('GET', `/api/users?where[email][equals]=${encodeURIComponent(login.email)}`)
    if (users.docs[0]) await api('DELETE', `/api/users/${users.docs[0].id}`)
  }
}

async function createFaq(api: Api, data: { question: string; answer: string[]; slug?: string }): Promise<number> {
  const { doc } = await api('POST', '/api/faqs?locale=it', {
    ...data,
    answer: paragraphsToLexical(data.answer),
    section: 'the-role',
    order: 990,
    _status: 'published',
  })
  return doc.id as number
}

describe('translator sees what changed in the Italian', () => {
  it('opens an outdated FAQ: the inserted sentence is marked, by keyboard and for screen readers', async () => {
    const api = await adminApi()
    await withTranslator(api, async (login, created) => {
      const stamp = Date.now().toString(36)
      const id = await createFaq(api, {
        question: `Chi prepara le scene intime ${stamp}?`,
        answer: ['La coordinatrice lavora con la regia.', 'Protegge gli interpreti sul set.'],
      })
      created.push(id)
      await api('PATCH', `/api/faqs/${id}?locale=en`, {
        question: `Who prepares intimate scenes ${stamp}?`,
        answer: paragraphsToLexical(['The coordinator works with the director.', 'They protect performers on set.']),
        _status: 'published',
      })
      const inserted = `Prepara ogni scena in anticipo ${stamp}.`
      await api('PATCH', `/api/faqs/${id}?locale=it`, {
        answer: paragraphsToLexical([
          `La coordinatrice lavora con la regia. ${inserted}`,
          'Protegge gli interpreti sul set.',
        ]),
        _status: 'published',
      })

      const page = await browser.newPage()
      try {
        await signInToAdmin(page, login)
        await page.goto(`${baseUrl}/admin/collections/faqs/${id}?locale=en`)
        const answer = page.getByRole('region', { name: /(Answer|Risposta)$/ })
        const diff = answer.getByTestId('source-diff')
        await diff.waitFor()
        await expect.poll(() => answer.innerText()).toMatch(/outdated|da aggiornare/i)

        // Marked as an insertion, not by colour alone: underlined (deletions are struck through).
        const insertion = diff.locator('ins')
        expect(await insertion.count()).toBe(1)
        expect(await insertion.textContent()).toMatch(new RegExp(`(added|aggiunto): ${inserted}`))
        expect(await insertion.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline')
        expect(await diff.locator('del').count()).toBe(0)
        // What a screen reader reads: the words that say where the insertion starts and ends.
        const spoken = await diff.ariaSnapshot()
        expect(spoken).toMatch(new RegExp(`(added|aggiunto): ${inserted} \\((end|fine)\\)`))
        // The summary line counts the words.
        expect(await answer.getByTestId('change-summary').innerText()).toMatch(/\+6 (words|parole)/)
        expect(await axeViolations(answer)).toEqual([])

        // The changes fold away and come back by keyboard.
        const summary = answer.locator('summary')
        const details = answer.locator('details')
        await summary.focus()
        await page.keyboard.press('Enter')
        await expect.poll(() => details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false)
        await page.keyboard.press('Enter')
        await expect.poll(() => details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true)
        expect(await diff.isVisible()).toBe(true)

        // The Translations view gives the one-line summary per field.
        await page.goto(`${baseUrl}/admin/translations`)
        const row = page
          .getByTestId('needs-translation')
          .getByRole('link', { name: `Chi prepara le scene intime ${stamp}?` })
          .locator('xpath=ancestor::tr')
        await row.waitFor()
        expect(await row.innerText()).toMatch(/(Answer|Risposta) \((outdated|da aggiornare): \+6 (words|parole)\)/i)
      } finally {
        await page.close()
      }
    })
  })

  it('inserts a translation-memory suggestion; after saving, the field is complete', async () => {
    const api = await adminApi()
    await withTranslator(api, async (login, created) => {
      const stamp = Date.now().toString(36)
      const question = `Serve un accordo scritto per ogni scena ${stamp}?`
      const english = `Is a written agreement needed for every scene ${stamp}?`
      const origin = await createFaq(api, { question, answer: [`Sì, sempre ${stamp}.`] })
      created.push(origin)
      await api('PATCH', `/api/faqs/${origin}?locale=en`, {
        question: english,
        answer: paragraphsToLexical([`Yes, always ${stamp}.`]),
        _status: 'published',
      })
      const id = await createFaq(api, { question, answer: [`Dipende dalla produzione ${stamp}.`], slug: `tm-${stamp}` })
      created.push(id)

      const page = await browser.newPage()
      try {
        await signInToAdmin(page, login)
        await page.goto(`${baseUrl}/admin/collections/faqs/${id}?locale=en`)
        const source = page.getByRole('region', { name: /(Question|Domanda)$/ })
        const suggestion = source.getByTestId('memory-suggestion')
        await suggestion.waitFor()
        expect(await axeViolations(source)).toEqual([])
        expect(await suggestion.innerText()).toContain(english)
        expect(await suggestion.innerText()).toContain(question)
        // Offered, never applied by itself.
        expect(await page.locator('input[name="question"]').inputValue()).toBe('')

        const insert = suggestion.getByRole('button', { name: /insert this translation|inserisci questa traduzione/i })
        await insert.focus()
        await page.keyboard.press('Enter')
        await expect.poll(() => page.locator('input[name="question"]').inputValue()).toBe(english)
        await source.getByRole('status').waitFor()

        await page.getByRole('button', { name: /save draft|salva bozza/i }).click()
        await expect
          .poll(
            async () => {
              const status = await api('GET', '/api/translation-status?collection=faqs')
              return status.faqs.entries.find((e: { id: number }) => e.id === id)?.fields.question
            },
            { timeout: 30_000 },
          )
          .toBe('complete')
        await expect.poll(() => source.innerText(), { timeout: 30_000 }).toMatch(/complete|completa/i)
        expect(await source.getByTestId('memory-suggestion').count()).toBe(0)
      } finally {
        await page.close()
      }
    })
  })
})
