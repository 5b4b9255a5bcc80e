import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { adminApi, uploadImage, waitForText } from './support/api'
import { baseUrl, launchBrowser } from './support/browser'

let browser: Browser
let page: Page
let api: Awaited<ReturnType<typeof adminApi>>
const uploaded: number[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  page = await browser.newPage()
  api = await adminApi()
})
// Back to the identity with no uploads, as the seed leaves it, whatever a test changed.
afterEach(async () => {
  await api('POST', '/api/globals/site-settings?locale=it', {
    coordinatorName: null,
    accentColour: null,
    logo: null,
    portrait: null,
    heroImages: { home: null, faq: null },
  })
  for (const id of uploaded.splice(0)) await api('DELETE', `/api/media/${id}`)
})
afterAll(async () => {
  await browser?.close()
})

const localePages = { it: '/it', en: '/en' } as const

async function publishedServiceTitles(locale: 'it' | 'en'): Promise<string[]> {
  const { docs } = await api('GET', `/api/services?locale=${locale}&sort=order&limit=50&depth=0`)
  return docs.map((doc: { title: string }) => doc.title)
}

describe('the site’s identity', () => {
  it('with no uploads: a wordmark in the header and decorative shapes, no images', async () => {
    for (const path of ['/it', '/en/faq', '/it/contatti']) {
      await page.goto(`${baseUrl}${path}`)
      const title = page.locator('.site-title a')
      expect(await title.locator('svg.wordmark-mark').count(), path).toBe(1)
      expect(await title.locator('svg').getAttribute('aria-hidden')).toBe('true')
      expect((await title.innerText()).trim()).toBe('Intimacy Coordinator')
      expect(await page.locator('header img, main img').count(), path).toBe(0)
    }
  })

  it('the home page says who, what and how to get in touch, from the CMS, in each language', async () => {
    const name = 'Alex Moretti'
    await api('POST', '/api/globals/site-settings?locale=it', { coordinatorName: name })
    await waitForText(`${baseUrl}/it`, name)
    for (const locale of ['it', 'en'] as const) {
      const { role } = await api('GET', `/api/globals/site-settings?locale=${locale}&depth=0`)
      await page.goto(`${baseUrl}${localePages[locale]}`)
      expect(await page.locator('h1').innerText()).toBe(name)
      expect(await page.locator('.home-hero .role').innerText()).toBe(role)
      expect(await page.locator('.home-hero .membership').innerText()).toBe(
        locale === 'it' ? 'Tra i soci fondatori di Intimitalia' : 'Founding member of Intimitalia',
      )
      expect(await page.locator('.glance h3').allInnerTexts()).toEqual(await publishedServiceTitles(locale))
      expect(await page.locator('.featured-questions h3').count()).toBe(3)
      const buttons = page.locator('main a.button')
      expect(await buttons.count()).toBeGreaterThanOrEqual(1)
      for (const href of await buttons.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
        expect(href).toBe(locale === 'it' ? '/it/contatti' : '/en/contact')
      expect(await buttons.first().innerText()).toBe(locale === 'it' ? 'Scrivimi' : 'Get in touch')
    }
  })

  it('while the name is empty, the home page opens with the role and shows no empty name', async () => {
    await page.goto(`${baseUrl}/it`)
    const { role } = await api('GET', '/api/globals/site-settings?locale=it&depth=0')
    expect(await page.locator('h1').innerText()).toBe(role)
    expect(await page.locator('.home-hero .role').count()).toBe(0)
  })

  it('a saved accent colour colours the site at once', async () => {
    await api('POST', '/api/globals/site-settings?locale=it', { accentColour: '#1F4E79' })
    await waitForText(`${baseUrl}/en/faq`, '--accent:#1f4e79')
    for (const path of ['/it', '/en/faq']) {
      await page.goto(`${baseUrl}${path}`)
      const background = await page.locator('.header-cta').evaluate((a) => getComputedStyle(a).backgroundColor)
      expect(background, path).toBe('rgb(31, 78, 121)')
    }
  })

  it('a saved logo replaces the wordmark, named by the site title; an opening image shows on its page type', async () => {
    const logo = await uploadImage('Logo della pratica', { width: 600, height: 150, background: '#1f4e79' })
    const hero = await uploadImage('Un set cinematografico vuoto', { width: 1600, height: 700 })
    uploaded.push(logo.id, hero.id)
    await api('PATCH', `/api/media/${hero.id}?locale=en`, { alt: 'An empty film set' })
    await api('POST', '/api/globals/site-settings?locale=it', { logo: logo.id, heroImages: { faq: hero.id } })
    await waitForText(`${baseUrl}/en/faq`, 'An empty film set')
    for (const [path, alt] of [
      ['/it/domande-frequenti', 'Un set cinematografico vuoto'],
      ['/en/faq', 'An empty film set'],
    ] as const) {
      await page.goto(`${baseUrl}${path}`)
      const mark = page.locator('.site-title img.logo')
      expect(await mark.getAttribute('alt'), path).toBe('Intimacy Coordinator')
      expect(await page.locator('.site-title svg').count()).toBe(0)
      const opening = page.locator('.page-hero img')
      expect(await opening.getAttribute('alt'), path).toBe(alt)
      // At the top of the page: loaded at once, with its size declared against layout shift.
      expect(await opening.getAttribute('loading')).not.toBe('lazy')
      expect(await opening.getAttribute('width')).toBeTruthy()
      for (const image of [mark, opening])
        await expect
          .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
          .toBe(true)
    }
    // Other page types keep opening with their heading.
    await page.goto(`${baseUrl}/it/servizi`)
    expect(await page.locator('.page-hero').count()).toBe(0)
  })
})
