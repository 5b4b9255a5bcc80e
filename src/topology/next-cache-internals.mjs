// The three parts of Next's own page cache that Scena's single-instance handler
// (local-cache-handler.mjs) builds on, which Next does not export publicly: Next offers a
// `cacheHandler` option but no public way to extend its default file-system handler, nor to
// read or correct its in-memory records. Every import of them goes through this module, and
// tests/int/library-internals.test.ts checks their shape, so a Next upgrade that moves or changes them
// fails there by name instead of quietly serving stale pages.
import nextFileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import nextCacheControls from 'next/dist/server/lib/incremental-cache/shared-cache-controls.external.js'
import nextTags from 'next/dist/server/lib/incremental-cache/tags-manifest.external.js'

/** Next's default page cache on disk (`.next/server`), the class its handler instances are made from. */
export const FileSystemCache = nextFileSystemCache.default ?? nextFileSystemCache

/**
 * Each cached page's lifetime (key → cache control), a process-wide Map Next never empties: the
 * handler forgets a search page's entry when the page leaves its cache.
 */
export const cacheLifetimes = nextCacheControls.SharedCacheControls.cacheControls

/** Next's record of on-demand revalidations (tag → when it expired), read by its FileSystemCache. */
export const tagsManifest = nextTags.tagsManifest
