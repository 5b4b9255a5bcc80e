/**
 * `npm run bench:page-cache`: what durable invalidation costs. The single instance's page cache
 * (local-cache-handler.mjs) next to Next's own FileSystemCache, in the same run, on a temp folder:
 * revalidations (each now written to disk, synced, before it returns) with a site's worth of tags
 * recorded, and reads of a cached page (each now also checked against the process's start).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { FileSystemCache, tagsManifest } from '../src/topology/next-cache-internals.mjs'
import { type PageCacheClass, pageCacheIn } from '../tests/int/support/pageCache'

const ctx = { kind: 'APP_PAGE', cacheControl: { revalidate: false, expire: undefined } }
const page = {
  kind: 'APP_PAGE',
  html: `<main>${'x'.repeat(30_000)}</main>`,
  rscData: Buffer.from('r'.repeat(20_000)),
  headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/it/faq' },
  status: 200,
}

async function measure(name: string, Class: PageCacheClass): Promise<void> {
  tagsManifest.clear()
  delete (globalThis as { scenaPageCacheStates?: unknown }).scenaPageCacheStates
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scena-bench-cache-'))
  const cache = pageCacheIn(Class, dir, 50 * 1024 * 1024)
  // A site's worth of revalidated paths (1,000 FAQs in two languages) already recorded.
  for (let i = 0; i < 2000; i++) await cache.revalidateTag([`_N_T_/it/faq/domanda-${i}`])
  const publishes = 200
  let started = performance.now()
  // One publish revalidates about ten tags at once.
  for (let i = 0; i < publishes; i++)
    await cache.revalidateTag(Array.from({ length: 10 }, (_, j) => `_N_T_/en/faq/question-${i}-${j}`))
  const perPublish = (performance.now() - started) / publishes
  await cache.set('/route-cache/APP_PAGE/abc/$/it/kit', page, ctx)
  const reads = 20_000
  started = performance.now()
  for (let i = 0; i < reads; i++) await cache.get('/route-cache/APP_PAGE/abc/$/it/kit', ctx)
  const perRead = ((performance.now() - started) / reads) * 1000
  const state = fs.existsSync(path.join(dir, 'scena-page-cache.json'))
    ? fs.statSync(path.join(dir, 'scena-page-cache.json')).size
    : 0
  console.log(
    `${name.padEnd(44)} ${perPublish.toFixed(3).padStart(8)} ms per publish (10 tags)   ${perRead.toFixed(1).padStart(6)} µs per cached read   state ${(state / 1024).toFixed(0)} KB`,
  )
  fs.rmSync(dir, { recursive: true, force: true })
}

const baseline = FileSystemCache as unknown as PageCacheClass
const durable = (await import('../src/topology/local-cache-handler.mjs')).default as unknown as PageCacheClass
// Twice in turn: the first round also warms the JIT.
for (let round = 0; round < 2; round++) {
  await measure("Next's FileSystemCache (baseline)", baseline)
  await measure('local-cache-handler.mjs (durable invalidations)', durable)
}
