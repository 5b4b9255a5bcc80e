import { describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { adminApi } from './support/api'
import { baseUrl } from './support/browser'

/** The languages a page names as its own: hreflang alternates and og:locale:alternate. */
async function languagesOf(url: string) {
  const html = await (await fetch(url, { cache: 'no-store' })).text()
  const hreflang = [...html.matchAll(/<link[^>]*rel="alternate"[^>]*hreflang="([^"]+)"/gi)].map((m) => m[1])
  const og = [...html.matchAll(/<meta[^>]*property="og:locale:alternate"[^>]*content="([^"]+)"/gi)].map((m) => m[1])
  return { hreflang, og }
}

const sitemapUrls = async () =>
  [
    ...(await (await fetch(`${baseUrl}/sitemap.xml`, { cache: 'no-store' })).text()).matchAll(/<loc>([^<]+)<\/loc>/g),
  ].map((m) => new URL(m[1]!).pathname)

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() - started > timeoutMs) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('hreflang and the sitemap name only live language versions', () => {
  it('an English draft is no alternate; once published, the pages and the sitemap name it', async () => {
    const api = await adminApi()
    const stamp = Date.now().toString(36)
    const itSlug = `bozza-inglese-${stamp}`
    const enSlug = `english-draft-${stamp}`
    const { doc } = await api('POST', '/api/faqs?locale=it', {
      question: `Domanda con l’inglese in bozza ${stamp}?`,
      answer: paragraphsToLexical(['Risposta in italiano.']),
      slug: itSlug,
      section: 'working-together',
      order: 98,
      _status: 'published',
    })
    const english = {
      question: `A question with its English in draft ${stamp}?`,
      answer: paragraphsToLexical(['The English answer, not reviewed yet.']),
      slug: enSlug,
    }
    try {
      await api('PATCH', `/api/faqs/${doc.id}?locale=en&draft=true`, { ...english, _status: 'draft' })
      const itPage = `${baseUrl}/it/domande-frequenti/${itSlug}`
      const draft = await until(
        () => languagesOf(itPage),
        (l) => l.hreflang.includes('it'),
      )
      expect(draft.hreflang.sort()).toEqual(['it', 'x-default'])
      expect(draft.og).toEqual([])
      const urls = await until(sitemapUrls, (u) => u.includes(`/it/domande-frequenti/${itSlug}`))
      expect(urls).toContain(`/it/domande-frequenti/${itSlug}`)
      expect(urls).not.toContain(`/en/faq/${enSlug}`)
      expect(urls).not.toContain(`/en/faq/${itSlug}`)
      expect((await fetch(`${baseUrl}/en/faq/${enSlug}`)).status).toBe(404)

      await api('PATCH', `/api/faqs/${doc.id}?locale=en`, { ...english, _status: 'published' })
      const live = await until(
        () => languagesOf(itPage),
        (l) => l.hreflang.includes('en'),
      )
      expect(live.hreflang.sort()).toEqual(['en', 'it', 'x-default'])
      expect(live.og).toEqual(['en_GB'])
      expect(await until(sitemapUrls, (u) => u.includes(`/en/faq/${enSlug}`))).toContain(`/en/faq/${enSlug}`)
      expect((await fetch(`${baseUrl}/en/faq/${enSlug}`)).status).toBe(200)
    } finally {
      await api('DELETE', `/api/faqs/${doc.id}`)
    }
  })
})
