import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminApi, uploadImage as upload, waitForText } from './support/api'
import { baseUrl, launchBrowser } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('images', () => {
  it('a kit item’s image is responsive, with its alternative text in each language', async () => {
    const api = await adminApi()
    const media = await upload('Accappatoio bianco appeso')
    await api('PATCH', `/api/media/${media.id}?locale=en`, { alt: 'White robe on a hanger' })
    const { docs } = await api('GET', '/api/kit-items?where[contentKey][equals]=robes&depth=0')
    const item = docs[0]
    try {
      await api('PATCH', `/api/kit-items/${item.id}?locale=it`, { image: media.id, _status: 'published' })
      await waitForText(`${baseUrl}/en/kit`, 'White robe on a hanger')
      const page = await browser.newPage()
      for (const [path, alt] of [
        ['/en/kit', 'White robe on a hanger'],
        ['/it/kit', 'Accappatoio bianco appeso'],
      ]) {
        await page.goto(`${baseUrl}${path}`)
        const image = page.locator(`img[alt="${alt}"]`)
        expect(await image.count(), path).toBe(1)
        expect(await image.getAttribute('srcset'), path).toMatch(/w=\d+.* \d+w/)
        await expect
          .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
          .toBe(true)
      }
      await page.close()
    } finally {
      await api('PATCH', `/api/kit-items/${item.id}?locale=it`, { image: null, _status: 'published' })
      await api('DELETE', `/api/media/${media.id}`)
    }
  })
})
