import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser } from './support/browser'
import { homeAndFaqPages, sectionPages } from './support/pages'

const pages = [
  ...homeAndFaqPages,
  '/it/servizi/workshop',
  '/en/services/workshops',
  ...sectionPages,
  '/it/privacy',
  '/en/privacy',
  '/it/cerca?q=set',
  '/en/search?q=set',
  '/it/preview/faqs/1',
  '/en/preview/faqs/1',
]

const attribute = (html: string, name: string) =>
  html
    .match(new RegExp(`<meta name="${name}" content="([^"]*)"`))?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'")

describe('every public page type, in both languages', () => {
  it.each(pages)('%s has a title with the site name and a description of at most 160 characters', async (path) => {
    const res = await fetch(`${baseUrl}${path}`)
    const html = await res.text()
    const title = html.match(/<title>([^<]*)<\/title>/)?.[1] ?? ''
    expect(title.trim(), path).not.toBe('')
    const description = attribute(html, 'description')
    if (description !== undefined) {
      expect(description.length, `${path}: ${description}`).toBeLessThanOrEqual(160)
      // Cut at a word: nothing ends in half a word.
      if (description.endsWith('…')) expect(description).toMatch(/[\p{L}\p{N}.,;:!?)»”’]…$/u)
    }
  })

  it('indexable pages have a description; FAQ pages never a half word', async () => {
    for (const path of ['/it/domande-frequenti', '/en/faq', '/it/domande-frequenti/chi-e-l-intimacy-coordinator']) {
      const description = attribute(await (await fetch(`${baseUrl}${path}`)).text(), 'description')
      expect(description, path).toBeTruthy()
    }
  })
})

describe('the 404 page', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each([
    ['/it/pagina-che-non-esiste', 'Pagina non trovata'],
    ['/en/no-such-page', 'Page not found'],
  ])('%s has a title in its language', async (path, title) => {
    const page = await browser.newPage()
    try {
      await page.goto(`${baseUrl}${path}`)
      await expect.poll(() => page.title()).toContain(title)
    } finally {
      await page.close()
    }
  })
})
