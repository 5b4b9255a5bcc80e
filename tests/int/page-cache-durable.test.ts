import fs from 'node:fs'

import { afterAll, afterEach, describe, expect, it } from 'vitest'

import { forgetCachedPages } from '../../src/backup/forgetPages'
import { FileSystemCache as NextFileSystemCache, tagsManifest } from '../../src/topology/next-cache-internals.mjs'
import { pageCacheIdentity, readPageCacheState, STATE_FILE } from '../../src/topology/page-cache-state.mjs'
import { type PageCache, type PageCacheClass, pageCacheIn } from './support/pageCache'
import { makeTempDir, removeDir } from './support/tempDir'

/**
 * The single instance's page cache (local-cache-handler.mjs) over Next's real FileSystemCache on a
 * folder of ours. A "restart" is what a new process has: none of Next's in-memory records, the same
 * folder on disk.
 */
const FileSystemCache = NextFileSystemCache as unknown as PageCacheClass

const saved = { SITE_URL: process.env.SITE_URL, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET }
const dirs: string[] = []
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})
afterAll(async () => {
  restart()
  await Promise.all(dirs.map(removeDir))
})

/** What a new process starts with: no revalidation in memory, no state read yet. */
function restart(): void {
  tagsManifest.clear()
  delete (globalThis as { scenaPageCacheStates?: unknown }).scenaPageCacheStates
}

async function cacheIn(dir: string, Handler?: PageCacheClass): Promise<PageCache> {
  return pageCacheIn(
    Handler ?? ((await import('../../src/topology/local-cache-handler.mjs')).default as unknown as PageCacheClass),
    dir,
  )
}

async function newFolder(): Promise<string> {
  const dir = await makeTempDir('durable-cache')
  dirs.push(dir)
  return dir
}

const pageAt = (path: string) => ({
  kind: 'APP_PAGE',
  html: `<p>${path}</p>`,
  rscData: Buffer.from('rsc'),
  // As Next stores them: the layout's tag (every page) and the page's own path.
  headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_/(frontend)/[locale]/layout,_N_T_${path}` },
  status: 200,
})
const keyOf = (path: string) => `/route-cache/APP_PAGE/abc123/$${path}`
const ctx = { kind: 'APP_PAGE', cacheControl: { revalidate: false, expire: undefined } }
const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

async function cachePages(cache: PageCache, ...paths: string[]): Promise<void> {
  for (const path of paths) await cache.set(keyOf(path), pageAt(path), ctx)
  await tick()
}
const html = async (cache: PageCache, path: string) => (await cache.get(keyOf(path), ctx))?.value.html ?? null

describe('invalidations outlive the process (local-cache-handler.mjs, page-cache-state.mjs)', () => {
  it('without them, Next’s own cache serves a page invalidated before a restart (the bug this prevents)', async () => {
    restart()
    const dir = await newFolder()
    const plain = await cacheIn(dir, FileSystemCache)
    await cachePages(plain, '/it/faq/cancellata')
    await plain.revalidateTag(['_N_T_/it/faq/cancellata'])
    expect(await html(plain, '/it/faq/cancellata')).toBeNull()
    restart()
    expect(await html(await cacheIn(dir, FileSystemCache), '/it/faq/cancellata')).toBe('<p>/it/faq/cancellata</p>')
  })

  it('a page revalidated before a restart is not served after it; pages not revalidated still are', async () => {
    restart()
    const dir = await newFolder()
    const before = await cacheIn(dir)
    await cachePages(before, '/it/faq/cancellata', '/it/faq', '/it/kit')
    await before.revalidateTag(['_N_T_/it/faq/cancellata', '_N_T_/it/faq'])

    restart()
    const after = await cacheIn(dir)
    expect(await html(after, '/it/faq/cancellata')).toBeNull()
    expect(await html(after, '/it/faq')).toBeNull()
    expect(await html(after, '/it/kit')).toBe('<p>/it/kit</p>')
    // A page rendered after the revalidation is fresh, in this process and the next.
    await cachePages(after, '/it/faq')
    expect(await html(after, '/it/faq')).toBe('<p>/it/faq</p>')
    restart()
    expect(await html(await cacheIn(dir), '/it/faq')).toBe('<p>/it/faq</p>')
  })

  it('“everything” (site settings) holds across a restart too', async () => {
    restart()
    const dir = await newFolder()
    const before = await cacheIn(dir)
    await cachePages(before, '/it', '/en/faq')
    await before.revalidateTag(['_N_T_/layout'])
    restart()
    const after = await cacheIn(dir)
    expect(await html(after, '/it')).toBeNull()
    expect(await html(after, '/en/faq')).toBeNull()
  })

  it('is on disk before revalidateTag returns, without waiting for its promise', async () => {
    restart()
    const dir = await newFolder()
    const cache = await cacheIn(dir)
    void cache.revalidateTag(['_N_T_/en/faq/gone'])
    expect(readPageCacheState(dir)?.tags['_N_T_/en/faq/gone']?.expired).toBeGreaterThan(0)
    // Written whole and renamed: no temporary file is left behind.
    expect(fs.readdirSync(dir).filter((f) => f.includes(STATE_FILE))).toEqual([STATE_FILE])
  })

  it('a process started for another address or secret serves no page cached before it; the same values keep them', async () => {
    restart()
    const dir = await newFolder()
    process.env.SITE_URL = 'http://localhost:3000'
    process.env.PAYLOAD_SECRET = 'secret-one'
    await cachePages(await cacheIn(dir), '/it', '/sitemap.xml')

    restart()
    expect(await html(await cacheIn(dir), '/it')).toBe('<p>/it</p>')

    restart()
    process.env.SITE_URL = 'https://scena.example/'
    const moved = await cacheIn(dir)
    expect(await html(moved, '/it')).toBeNull()
    expect(await html(moved, '/sitemap.xml')).toBeNull()
    await cachePages(moved, '/it')
    expect(await html(moved, '/it')).toBe('<p>/it</p>')

    restart()
    process.env.PAYLOAD_SECRET = 'secret-two'
    expect(await html(await cacheIn(dir), '/it')).toBeNull()
  })

  it('the identity names the address (trailing slash aside), the secret and the database, not its password', () => {
    const base = {
      SITE_URL: 'https://scena.example',
      PAYLOAD_SECRET: 's',
      DATABASE_URL: 'postgres://u:p@db:5432/scena',
    }
    const id = pageCacheIdentity(base)
    expect(pageCacheIdentity({ ...base, SITE_URL: 'https://scena.example/' })).toBe(id)
    expect(pageCacheIdentity({ ...base, DATABASE_URL: 'postgres://u:other@db:5432/scena' })).toBe(id)
    expect(pageCacheIdentity({ ...base, SITE_URL: 'https://www.scena.example' })).not.toBe(id)
    expect(pageCacheIdentity({ ...base, PAYLOAD_SECRET: 't' })).not.toBe(id)
    expect(pageCacheIdentity({ ...base, DATABASE_URL: 'postgres://u:p@db:5432/other' })).not.toBe(id)
    // Without SITE_URL the site is at localhost on its port.
    expect(pageCacheIdentity({ PORT: '3100' })).not.toBe(pageCacheIdentity({ PORT: '3000' }))
  })

  it('after a restore, no page cached from the content before it is served', async () => {
    restart()
    const project = await newFolder()
    const dir = `${project}/.next/server`
    await cachePages(await cacheIn(dir), '/it/kit')
    restart()
    expect(await html(await cacheIn(dir), '/it/kit')).toBe('<p>/it/kit</p>')
    const lines: string[] = []
    await forgetCachedPages(project, (line) => lines.push(line))
    expect(lines).toHaveLength(1)
    restart()
    const after = await cacheIn(dir)
    expect(await html(after, '/it/kit')).toBeNull()
    await cachePages(after, '/it/kit')
    expect(await html(after, '/it/kit')).toBe('<p>/it/kit</p>')
  })
})
