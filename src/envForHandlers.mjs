// The environment as the page cache handlers see it (cache-handler.mjs, local-cache-handler.mjs,
// page-cache-state.mjs). Next loads those files with Node's own loader, which on Node 20 reads no
// TypeScript, so they cannot import src/env.ts, the configuration module everything else reads.
// This is the one other place that reads process.env: only the raw values, whose forms src/env.ts
// checks at start with every other variable, and the two defaults it takes from here.

export const DEFAULT_PORT = 3000
export const DEFAULT_SEARCH_CACHE_MB = 16

/** The variables as they are now (a test may pass its own record instead). */
export const handlerEnvironment = () => process.env

/** The site's public base URL: SITE_URL without a trailing slash, else this machine at PORT. */
export const siteUrlOf = (env) =>
  (env.SITE_URL?.trim() || `http://localhost:${env.PORT?.trim() || DEFAULT_PORT}`).replace(/\/+$/, '')

/** Memory for the single instance's search pages, 404s and redirects (SEARCH_CACHE_MB), in bytes. */
export function searchCacheBytes(env = handlerEnvironment()) {
  const megabytes = Number(env.SEARCH_CACHE_MB?.trim() || DEFAULT_SEARCH_CACHE_MB)
  return Number.isFinite(megabytes) && megabytes > 0 ? Math.round(megabytes * 1024 * 1024) : 0
}
