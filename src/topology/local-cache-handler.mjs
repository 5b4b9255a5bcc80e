// Next's page cache on a single instance (next.config.ts uses this file when REDIS_URL is unset):
// Next's own file-system cache for every page, with two additions.
// - Durable invalidation: every revalidation is also written to disk (page-cache-state.mjs) and
//   read back when a process starts, so a page deleted, unpublished or changed before a restart
//   (SIGTERM or kill -9) is never served by the next process; and a process started for another
//   address, secret or database serves no page cached before it.
// - Search results pages (/<locale>/search/<token>, src/search/rewrite.ts) and answers that are not
//   pages (a 404, a redirect: src/site/redirects.ts): there is one of those per distinct search or
//   address anyone makes up, so on disk a stream of them would fill it (Next never deletes cache
//   files), and in Next's memory cache they would push out the site's pages. They live here
//   instead, in memory, in an LRU bounded by SEARCH_CACHE_MB (lru-cache), and are all dropped
//   whenever anything is revalidated (a publish can change any search's results or any 404).
import { LRUCache } from 'lru-cache'

import { cacheLifetimes as lifetimes, FileSystemCache, tagsManifest } from './next-cache-internals.mjs'
import { startingPageCacheState, writePageCacheState } from './page-cache-state.mjs'
import { searchCacheBytes } from '../environment.mjs'
import { SEARCH_SEGMENT } from '../routing/searchSegment.mjs'

// `/route-cache/APP_PAGE/<route hash>/$/it/search/<token>`: the page table's search results route
// (`searchResultsPathname`, src/routing/paths.ts), whose segment both read from searchSegment.mjs.
const searchPageKey = new RegExp(`/\\$/[^/]+/${SEARCH_SEGMENT}/[^/]+$`)
const isSearchPage = (key) => searchPageKey.test(key)
// A 404 or a redirect (pages themselves carry no status, or 200).
const isNotAPage = (data) => data?.kind === 'APP_PAGE' && typeof data.status === 'number' && data.status !== 200

/** An entry's bytes, roughly: its HTML, its RSC payload and the per-segment payloads for prefetching. */
const sizeOf = ({ value }) => {
  let size = 64 + (value?.html?.length ?? 0) + (value?.rscData?.length ?? 0)
  for (const [segment, data] of value?.segmentData ?? []) size += segment.length + data.length
  return size
}

// Not when a page is replaced by its own new render.
const forgetLifetime = (_, key, reason) => reason !== 'set' && lifetimes.delete(key)

/** The search pages of this process (Next creates a handler per request), or null to keep none. */
function searchPageCache() {
  if (globalThis.scenaSearchPages === undefined) {
    const maxSize = searchCacheBytes()
    globalThis.scenaSearchPages =
      maxSize > 0 ? new LRUCache({ maxSize, sizeCalculation: sizeOf, dispose: forgetLifetime }) : null
  }
  return globalThis.scenaSearchPages
}

/**
 * The durable state of the cache in `serverDistDir`, read once per process: the revalidations
 * that earlier processes recorded go back into Next's own record, where its checks find them.
 */
function durableState(serverDistDir) {
  globalThis.scenaPageCacheStates ??= new Map()
  let state = globalThis.scenaPageCacheStates.get(serverDistDir)
  if (!state) {
    state = startingPageCacheState(serverDistDir)
    for (const [tag, entry] of Object.entries(state.tags)) tagsManifest.set(tag, { ...entry, ...tagsManifest.get(tag) })
    globalThis.scenaPageCacheStates.set(serverDistDir, state)
  }
  return state
}

// "The search took too long" is an answer for now, not for five minutes.
const timedOut = (value) => String(value?.html ?? '').includes('data-search-status="timeout"')

export default class LocalCacheHandler extends FileSystemCache {
  searchPages = searchPageCache()

  constructor(ctx) {
    super(ctx)
    // Next also makes a handler without a folder (for the proxy), which caches no page.
    this.state = ctx.serverDistDir ? durableState(ctx.serverDistDir) : null
  }

  async get(key, ctx) {
    const inMemory = this.searchPages?.get(key)
    if (inMemory || isSearchPage(key)) return inMemory ?? null
    const entry = await super.get(key, ctx)
    // Cached for another address, secret or database (see page-cache-state.mjs).
    return entry && entry.lastModified < (this.state?.notBefore ?? 0) ? null : entry
  }

  async set(key, data, ctx) {
    if (!isSearchPage(key) && !isNotAPage(data)) {
      this.searchPages?.delete(key) // an address that was a 404 and is a page now
      return super.set(key, data, ctx)
    }
    if (!this.searchPages || !data || timedOut(data)) {
      this.searchPages?.delete(key)
      lifetimes.delete(key)
    } else this.searchPages.set(key, { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl })
  }

  // Not async: Next's record and the file are both updated before this returns, so before the
  // response of the save that caused the revalidation is sent.
  revalidateTag(tags, durations) {
    this.searchPages?.clear()
    const done = super.revalidateTag(tags, durations)
    if (!this.state) return done
    for (const tag of typeof tags === 'string' ? [tags] : tags) {
      const entry = tagsManifest.get(tag)
      if (entry) this.state.tags[tag] = entry
    }
    writePageCacheState(this.serverDistDir, this.state)
    return done
  }
}
