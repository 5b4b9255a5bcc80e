import { describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { adminApi, waitForText } from './support/api'
import { baseUrl } from './support/browser'

// A search is served from its own results page in the page cache (src/search/rewrite.ts,
// src/topology/local-cache-handler.mjs): the same search again is a cached page, and a publish drops it.
const search = async (path: string) => {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' })
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), html: await response.text() }
}

/** The summary's text (the empty search's links to the FAQ left as their words). */
const summary = (html: string) => /class="search-summary"[^>]*>(.*?)<\/div>/s.exec(html)?.[1]?.replace(/<[^>]+>/g, '')

describe('search results from the page cache', () => {
  it('a repeated search is served from the cache, however it is spaced, with the same answer', async () => {
    const word = `cache${Date.now().toString(36)}`
    const first = await search(`/it/cerca?q=${word}`)
    expect(first.status).toBe(200)
    expect(first.cache).toBe('MISS')
    expect(summary(first.html)).toBe(
      `Nessun risultato per «${word}». Prova con altre parole, oppure sfoglia le domande frequenti.`,
    )
    for (const again of [`/it/cerca?q=${word}`, `/it/cerca?q=++${word}+`, `/it/cerca?q=${word}&utm_source=x`]) {
      const hit = await search(again)
      expect(hit.cache, again).toBe('HIT')
      expect(summary(hit.html), again).toBe(summary(first.html))
    }
    // The other language is a search of its own, in its own words.
    const english = await search(`/en/search?q=${word}`)
    expect(english.cache).toBe('MISS')
    expect(summary(english.html)).toMatch(/^No results for/)
  })

  it('the box keeps the query, and the language switcher leads to the same search', async () => {
    const { html } = await search(`/en/search?q=${encodeURIComponent('closed  set')}`)
    expect(html).toContain('value="closed set"')
    expect(html).toContain('href="/it/cerca?q=closed+set"')
  })

  it('an empty search is the search page itself; made-up result addresses are 404', async () => {
    for (const path of ['/it/cerca', '/it/cerca?q=', '/it/cerca?q=%20%20']) {
      const { status, html } = await search(path)
      expect(status, path).toBe(200)
      expect(summary(html), path).toBe('Scrivi una o più parole da cercare.')
    }
    // Not what the proxy would make of any search: no cache entry of their own.
    for (const token of ['IGZvbw', 'Zm9vICBiYXI', '%2F%2F', 'x'.repeat(1200)]) {
      expect((await search(`/it/search/${token}`)).status, token).toBe(404)
    }
  })

  it('what is published shows in a search that was cached before', async () => {
    const api = await adminApi()
    const word = `zattera${Date.now().toString(36)}`
    const before = await search(`/it/cerca?q=${word}`)
    expect(summary(before.html)).toMatch(/^Nessun risultato/)
    expect((await search(`/it/cerca?q=${word}`)).cache).toBe('HIT')
    const { doc } = await api('POST', '/api/faqs?locale=it', {
      question: `Serve una ${word}?`,
      answer: paragraphsToLexical(['Per il set acquatico.']),
      section: 'working-together',
      order: 99,
      _status: 'published',
    })
    try {
      expect(await waitForText(`${baseUrl}/it/cerca?q=${word}`, `Un risultato per «${word}»`)).toBeLessThan(15_000)
    } finally {
      await api('DELETE', `/api/faqs/${doc.id}`)
    }
    expect(await waitForText(`${baseUrl}/it/cerca?q=${word}`, `Nessun risultato per «${word}»`)).toBeLessThan(15_000)
  })
})
