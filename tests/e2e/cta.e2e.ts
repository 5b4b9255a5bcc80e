import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser } from './support/browser'
import { homeAndFaqPages, sectionPages } from './support/pages'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const contactPage = { it: '/it/contatti', en: '/en/contact' } as const
const pages = [
  ...homeAndFaqPages,
  ...sectionPages,
  '/it/servizi/intimacy-coordination-cinema-tv',
  '/en/services/intimacy-coordination-film-tv',
  '/it/cerca?q=set',
  '/en/search?q=set',
  '/it/privacy',
  '/en/privacy',
]

describe('the call to get in touch', () => {
  it.each(pages)('%s shows it in the header, leading to the contact page in its language', async (path) => {
    const locale = path.startsWith('/en') ? 'en' : 'it'
    const html = await (await fetch(`${baseUrl}${path}`)).text()
    const href = html.match(/<a class="header-cta" href="([^"]+)">([^<]+)<\/a>/)
    expect(href?.[1], path).toBe(contactPage[locale])
    expect(href?.[2]).toBe(locale === 'it' ? 'Scrivimi' : 'Get in touch')
  })

  it('ends each answer and each service, and a service pre-selects its production type', async () => {
    const faq = await (await fetch(`${baseUrl}/it/domande-frequenti/chi-e-l-intimacy-coordinator`)).text()
    expect(faq).toMatch(/<p class="cta"><a class="cta-link" href="\/it\/contatti">/)
    const page = await browser.newPage()
    try {
      await page.goto(`${baseUrl}/en/services/intimacy-coordination-film-tv`)
      await page.locator('a.cta-link').click()
      await page.waitForURL(/\/en\/contact\?production=film$/)
      await expect.poll(() => page.locator('select#productionType').inputValue()).toBe('film')
      await page.goto(`${baseUrl}/it/servizi/intimacy-direction-teatro-spettacolo-dal-vivo`)
      await page.locator('a.cta-link').click()
      await page.waitForURL(/\/it\/contatti\?production=theatre$/)
      await expect.poll(() => page.locator('select#productionType').inputValue()).toBe('theatre')
    } finally {
      await page.close()
    }
  })
})
