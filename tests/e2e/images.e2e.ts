import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { adminApi, waitForText } from './support/api'
import { adminCredentials, baseUrl, launchBrowser } from './support/browser'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function upload(alt: string): Promise<{ id: number }> {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(adminCredentials()),
  })
  const { token } = (await login.json()) as { token: string }
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c9b8a8' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'accappatoio.png')
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${baseUrl}/api/media?locale=it`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}` },
    body: form,
  })
  if (response.status !== 201) throw new Error(`upload failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { doc: { id: number } }).doc
}

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
