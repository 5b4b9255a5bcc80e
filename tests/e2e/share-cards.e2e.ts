import { describe, expect, it } from 'vitest'

import { baseUrl } from './support/browser'
import { homeAndFaqPages, sectionPages } from './support/pages'

/** Every public page type, Italian then English, paired. */
const pages = [
  ...homeAndFaqPages,
  ...sectionPages,
  '/it/servizi/workshop',
  '/en/services/workshops',
  '/it/privacy',
  '/en/privacy',
  '/it/cerca?q=set',
  '/en/search?q=set',
]

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** A meta tag's content, by property (OpenGraph) or name (Twitter). */
const meta = (html: string, key: string) => {
  const found = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`))
  return found ? decode(found[1] as string) : undefined
}

/** Width and height from a PNG's IHDR chunk (right after the 8-byte signature and the chunk header). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

interface Card {
  path: string
  /** The page's own name: its <title> before " · <site title>". */
  name: string
  image: string
  width: number
  height: number
  alt: string
}

async function cardOf(path: string): Promise<Card> {
  const res = await fetch(`${baseUrl}${path}`)
  expect(res.status, path).toBe(200)
  const html = await res.text()
  const title = decode(html.match(/<title>([^<]*)<\/title>/)?.[1] ?? '')
  const image = meta(html, 'og:image')
  expect(image, `${path}: og:image`).toBeTruthy()
  expect(meta(html, 'twitter:card'), path).toBe('summary_large_image')
  expect(meta(html, 'twitter:image'), path).toBe(image)
  return {
    path,
    name: title.split(' · ')[0] as string,
    image: image as string,
    width: Number(meta(html, 'og:image:width')),
    height: Number(meta(html, 'og:image:height')),
    alt: meta(html, 'og:image:alt') ?? '',
  }
}

/** The image at the card's path on the server under test (SITE_URL may name another host). */
const fetchCard = (image: string) => fetch(`${baseUrl}${new URL(image).pathname}`)

describe('share cards: every public page type, in both languages', () => {
  it.each(pages)('%s names a PNG card of its declared size, with its title in its language', async (path) => {
    const card = await cardOf(path)
    const locale = path.slice(1, 3)
    expect(new URL(card.image).pathname, path).toMatch(new RegExp(`^/share/${locale}/[\\w-]+\\.[\\w-]+\\.png$`))
    expect([card.width, card.height]).toEqual([1200, 630])
    expect(card.name, path).not.toBe('')
    expect(card.alt, path).toContain(card.name)

    const res = await fetchCard(card.image)
    expect(res.status, path).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('cache-control')).toContain('immutable')
    expect(pngSize(Buffer.from(await res.arrayBuffer()))).toEqual({ width: card.width, height: card.height })
  })

  it('each Italian page and its English counterpart have different card texts and images', async () => {
    for (let i = 0; i < pages.length; i += 2) {
      const [it, en] = await Promise.all([cardOf(pages[i] as string), cardOf(pages[i + 1] as string)])
      expect(it.alt, `${it.path} / ${en.path}`).not.toBe(en.alt)
      expect(it.image).not.toBe(en.image)
    }
    // The same page in each language: the Italian card in Italian, the English one in English.
    expect((await cardOf('/it/domande-frequenti')).alt).toContain('Domande frequenti')
    expect((await cardOf('/en/faq')).alt).toContain('Frequently asked questions')
  })
})

describe('share card addresses the site did not make', () => {
  it('a tampered, re-languaged or unknown card is a 404 with a short text, never a 500', async () => {
    const { image } = await cardOf('/it/kit')
    const path = new URL(image).pathname
    const [payload, signature] = path.slice('/share/it/'.length, -'.png'.length).split('.') as [string, string]
    // The same card with another title, under the original signature.
    const card = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    const forged = Buffer.from(JSON.stringify({ ...card, title: 'Anything at all' })).toString('base64url')
    const flipped = signature.slice(0, -1) + (signature.endsWith('A') ? 'B' : 'A')
    for (const bad of [
      `/share/it/${forged}.${signature}.png`,
      `/share/it/${payload}.${flipped}.png`,
      `/share/en/${payload}.${signature}.png`,
      `/share/de/${payload}.${signature}.png`,
      `/share/it/${payload}.${signature}`,
      `/share/it/${payload}.png`,
      `/share/it/${'A'.repeat(3000)}.png`,
      '/share/it/nothing.png',
    ]) {
      const res = await fetch(`${baseUrl}${bad}`, { headers: { 'Accept-Language': 'en' } })
      expect(res.status, bad.slice(0, 80)).toBe(404)
      expect(res.headers.get('x-error-code')).toBe('siteUnknownShareCard')
      // In the card's language; the browser's when the address names none of the site's.
      const english = bad.startsWith('/share/en/') || bad.startsWith('/share/de/')
      expect(await res.text()).toBe(
        english ? 'There is no such share image.\n' : 'Questa immagine di anteprima non esiste.\n',
      )
    }
  })
})
