// The process's environment: the one place that reads and writes process.env. The configuration
// module, src/env.ts, parses and checks every variable from here; the page cache handlers
// (src/topology/*.mjs), which Next loads with Node's own loader (on Node 20 it reads no
// TypeScript) and which so cannot import src/env.ts, read their few raw values here too, with the
// two defaults src/env.ts takes from this file.

export const DEFAULT_PORT = 3000
export const DEFAULT_SEARCH_CACHE_MB = 16

/** The variables as they are now (a test may pass its own record instead). */
export const processEnvironment = () => process.env

/** Sets variables for this process and the processes it starts (the start scripts). */
export const setProcessEnvironment = (values) => Object.assign(process.env, values)

/**
 * SCENA_STRICT_CSP as written in the source: next.config.ts gives its build-time value to Next's
 * `env`, and Next puts that value in place of this literal in the bundles (src/env.ts `strictCsp`).
 */
export const strictCspAtBuild = () => process.env.SCENA_STRICT_CSP

/** The site's public base URL: SITE_URL without a trailing slash, else this machine at PORT. */
export const siteUrlOf = (env) =>
  (env.SITE_URL?.trim() || `http://localhost:${env.PORT?.trim() || DEFAULT_PORT}`).replace(/\/+$/, '')

/** Memory for the single instance's search pages, 404s and redirects (SEARCH_CACHE_MB), in bytes. */
export function searchCacheBytes(env = processEnvironment()) {
  const megabytes = Number(env.SEARCH_CACHE_MB?.trim() || DEFAULT_SEARCH_CACHE_MB)
  return Number.isFinite(megabytes) && megabytes > 0 ? Math.round(megabytes * 1024 * 1024) : 0
}
