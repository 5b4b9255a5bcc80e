import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { NextRequest, NextResponse } from 'next/server'
import { afterEach, describe, expect, it } from 'vitest'

import { searchResultsPath } from '../../src/routing/paths'
import { SEARCH_SEGMENT } from '../../src/routing/searchSegment.mjs'
import { pageTable } from '../../src/routing/table'
import { MAX_QUERY_LENGTH, queryOfToken, searchToken } from '../../src/search/query'
import { rewriteSearch } from '../../src/search/rewrite'
import { cacheLifetimes } from '../../src/topology/next-cache-internals.mjs'
import { type PageCacheClass, pageCacheIn } from './support/pageCache'
import { makeTempDir } from './support/tempDir'

describe('search tokens: one cache entry per search', () => {
  it('round-trips any text, and spacing variants share one token', () => {
    for (const text of ['consenso', 'scene intime', 'nudità «contratto»', 'ŏ 漢字 🙂', 'a/b?c#d%25']) {
      expect(queryOfToken(searchToken(text))).toBe(text)
    }
    expect(searchToken('  scene \n\t intime ')).toBe(searchToken('scene intime'))
    expect(searchToken('e\u0301')).toBe(searchToken('\u00e9')) // NFC
    expect(searchToken('   ')).toBe('')
  })

  it('keeps at most MAX_QUERY_LENGTH characters', () => {
    const long = 'parola '.repeat(100)
    const text = queryOfToken(searchToken(long))
    expect(text?.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(long.startsWith(text!)).toBe(true)
  })

  it('refuses what searchToken() would never give', () => {
    const notCanonical = Buffer.from(' spazio', 'utf8').toString('base64url')
    for (const token of ['', notCanonical, Buffer.from('a  b').toString('base64url'), 'a+b/', 'x'.repeat(1200)])
      expect(queryOfToken(token), token).toBeNull()
    // Text beyond the length limit gets no entry of its own either.
    expect(queryOfToken(Buffer.from('a'.repeat(MAX_QUERY_LENGTH + 1)).toString('base64url'))).toBeNull()
  })
})

describe('the proxy sends a search to its results page', () => {
  const rewritten = (url: string, response = NextResponse.next()) =>
    rewriteSearch(new NextRequest(new URL(url, 'http://localhost:3000')), response).headers.get('x-middleware-rewrite')

  it('in both languages, at their own paths', () => {
    expect(rewritten('/it/cerca?q=scene+intime')).toBe(`http://localhost:3000/it/search/${searchToken('scene intime')}`)
    expect(rewritten('/en/search?q=%20consent%20&page=2')).toBe(
      `http://localhost:3000/en/search/${searchToken('consent')}`,
    )
    // next-intl's own rewrite of /it/cerca to /it/search is replaced.
    const intl = NextResponse.rewrite(new URL('http://localhost:3000/it/search?q=set'))
    expect(rewritten('/it/cerca?q=set', intl)).toBe(`http://localhost:3000/it/search/${searchToken('set')}`)
  })

  it('leaves alone empty searches, other pages, the other language’s path and redirects', () => {
    for (const url of [
      '/it/cerca',
      '/it/cerca?q=',
      '/it/cerca?q=+++',
      '/it/domande-frequenti?q=set',
      '/it/search?q=set',
      '/en/cerca?q=set',
    ])
      expect(rewritten(url), url).toBeNull()
    const redirect = NextResponse.redirect(new URL('http://localhost:3000/it/cerca?q=set'))
    expect(rewriteSearch(new NextRequest('http://localhost:3000/it/cerca/?q=set'), redirect)).toBe(redirect)
    expect(redirect.headers.get('x-middleware-rewrite')).toBeNull()
  })
})

// The process-wide Map in which Next remembers each cached page's lifetime.

describe('the single instance’s page cache (local-cache-handler.mjs)', () => {
  const previous = process.env.SEARCH_CACHE_MB
  afterEach(() => {
    if (previous === undefined) delete process.env.SEARCH_CACHE_MB
    else process.env.SEARCH_CACHE_MB = previous
    delete (globalThis as { scenaSearchPages?: unknown }).scenaSearchPages
  })

  // Next's own file-system cache underneath, on a folder of ours.
  async function handler(megabytes: string) {
    process.env.SEARCH_CACHE_MB = megabytes
    delete (globalThis as { scenaSearchPages?: unknown }).scenaSearchPages
    const Handler = (await import('../../src/topology/local-cache-handler.mjs')).default as unknown as PageCacheClass
    const dir = await makeTempDir('page-cache')
    const cache = pageCacheIn(Handler, dir)
    return { cache, dir }
  }

  const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: {}, status: 200 })
  // Next's key of a search's results page: its route after `$`, from the page table.
  const searchKey = (token: string) => `/route-cache/APP_PAGE/abc123/$${searchResultsPath('it', token)}`
  const ctx = { kind: 'APP_PAGE', cacheControl: { revalidate: 300, expire: undefined } }
  const files = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String)

  it('finds search pages where the page table puts them, through the segment both read', async () => {
    expect(searchKey('YQ')).toBe('/route-cache/APP_PAGE/abc123/$/it/search/YQ')
    expect(pageTable.search.path).toBe(`/${SEARCH_SEGMENT}`)
    // Next imports the handler with Node's own loader: no TypeScript, no bundler.
    const handlerUrl = pathToFileURL(path.resolve(import.meta.dirname, '../../src/topology/local-cache-handler.mjs'))
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', `console.log(typeof (await import('${handlerUrl.href}')).default)`],
      { env: { ...process.env, NODE_OPTIONS: '' } },
    )
    expect(stdout.trim()).toBe('function')
  })

  it('keeps search pages in memory, never on disk, and drops them all on any revalidation', async () => {
    const { cache, dir } = await handler('1')
    await cache.set(searchKey('YQ'), page('<p>risultati</p>'), ctx)
    expect((await cache.get(searchKey('YQ'), ctx))?.value.html).toBe('<p>risultati</p>')
    expect(files(dir).filter((f) => f.includes('search'))).toEqual([])
    // Other pages go to Next's own cache, on disk.
    await cache.set('/route-cache/APP_PAGE/abc123/$/it/faq', page('<p>faq</p>'), ctx)
    expect(files(dir).some((f) => f.endsWith(path.join('it', 'faq.html')))).toBe(true)
    await cache.revalidateTag(['_N_T_/it/faq'])
    expect(await cache.get(searchKey('YQ'), ctx)).toBeNull()
  })

  it('keeps 404s and redirects (one per made-up address) in memory too, never on disk', async () => {
    const { cache, dir } = await handler('1')
    const key = '/route-cache/APP_PAGE/abc123/$/it/pagina-inventata'
    await cache.set(key, { ...page('<p>404</p>'), status: 404 }, ctx)
    expect((await cache.get(key, ctx))?.value.html).toBe('<p>404</p>')
    expect(files(dir).filter((f) => f.includes('inventata'))).toEqual([])
    // The address becomes a page: on disk, and the 404 is forgotten.
    await cache.set(key, page('<p>nuova</p>'), ctx)
    expect((await cache.get(key, ctx))?.value.html).toBe('<p>nuova</p>')
    expect(files(dir).some((f) => f.endsWith('pagina-inventata.html'))).toBe(true)
    await cache.set('/route-cache/APP_PAGE/abc123/$/it/vecchia', { ...page(''), status: 308 }, ctx)
    await cache.revalidateTag(['_N_T_/it/faq'])
    expect(await cache.get('/route-cache/APP_PAGE/abc123/$/it/vecchia', ctx)).toBeNull()
  })

  it('is bounded by SEARCH_CACHE_MB: the least recently used searches go first, with what Next remembers of them', async () => {
    const { cache } = await handler('0.1') // ~100 KB
    const html = 'x'.repeat(30_000)
    for (const token of ['YQ', 'Yg', 'Yw', 'ZA', 'ZQ']) {
      cacheLifetimes.set(searchKey(token), ctx.cacheControl) // as Next's IncrementalCache does before set()
      await cache.set(searchKey(token), page(html), ctx)
    }
    expect(await cache.get(searchKey('YQ'), ctx)).toBeNull()
    expect(cacheLifetimes.has(searchKey('YQ'))).toBe(false)
    expect(await cache.get(searchKey('ZQ'), ctx)).not.toBeNull()
    expect(cacheLifetimes.has(searchKey('ZQ'))).toBe(true)
    // A new render of the same search keeps its lifetime; a revalidation forgets them all.
    await cache.set(searchKey('ZQ'), page(html), ctx)
    expect(cacheLifetimes.has(searchKey('ZQ'))).toBe(true)
    await cache.revalidateTag(['_N_T_/it'])
    expect(cacheLifetimes.has(searchKey('ZQ'))).toBe(false)
  })

  it('does not keep "the search took too long" (the next visitor gets a new try)', async () => {
    const { cache } = await handler('1')
    await cache.set(searchKey('YQ'), page('<div data-search-status="timeout">…</div>'), ctx)
    expect(await cache.get(searchKey('YQ'), ctx)).toBeNull()
  })

  it('keeps none with SEARCH_CACHE_MB=0', async () => {
    const { cache } = await handler('0')
    await cache.set(searchKey('YQ'), page('<p>risultati</p>'), ctx)
    expect(await cache.get(searchKey('YQ'), ctx)).toBeNull()
  })
})
