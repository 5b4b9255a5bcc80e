import { env } from '../../env'
import { isLocale } from '../../i18n/locales'
import { routing } from '../../i18n/routing'
import type { PageChange } from '../refresh'

/**
 * The public address of an app path: `/it/faq/chi-e` → `/it/domande-frequenti/chi-e`. The page
 * cache is keyed by app paths, the edge by what visitors ask for.
 */
export function publicPathOf(appPath: string): string {
  const [, locale = '', section, slug] = appPath.split('/')
  // `/sitemap.xml`, `/it`: the same for visitors.
  if (!isLocale(locale) || !section) return appPath
  const key = (slug ? `/${section}/[slug]` : `/${section}`) as keyof typeof routing.pathnames
  const pattern = routing.pathnames[key]
  const localized = typeof pattern === 'string' ? pattern : pattern?.[locale]
  return `/${locale}${(localized ?? `/${section}`).replace('[slug]', encodeURIComponent(slug ?? ''))}`
}

type Purge = [path: string, headers: Record<string, string>]

/** The edge's requests for these changes (src/topology/edge/scena.vcl says what each header does). */
function purgesFor(changes: PageChange[], everything: boolean): Purge[] {
  // Site settings appear on every page: `X-Scena-Purge-All` drops them all.
  if (everything) return [['/', { 'X-Scena-Purge-All': '1' }]]
  const hard = new Set(changes.filter((c) => c.removed).flatMap((c) => c.paths.map(publicPathOf)))
  const soft = new Set(changes.filter((c) => !c.removed).flatMap((c) => c.paths.map(publicPathOf)))
  return [
    // A page that no longer shows what it showed is dropped outright: no grace for removed text.
    ...[...hard].map((path): Purge => [path, { 'X-Scena-Purge-Hard': '1' }]),
    ...[...soft].filter((path) => !hard.has(path)).map((path): Purge => [path, {}]),
    // Any change may change search results: `X-Scena-Purge-Search` drops them all.
    ['/', { 'X-Scena-Purge-Search': '1' }],
  ]
}

/**
 * Drops these pages from the edge cache (SCENA_EDGE_URL, set by `npm run start:cluster`). An
 * edited page is soft-purged: the edge fetches the new page on the next request while any instance
 * is up, and can still serve the old one (grace) if none is. A removed one is purged outright.
 * Without an edge, nothing to do. Never throws: a failed purge is logged, the publish itself has
 * succeeded.
 */
export async function purgeEdge(changes: PageChange[], { everything = false } = {}): Promise<void> {
  const edge = env.SCENA_EDGE_URL
  if (!edge) return
  const purges = purgesFor(changes, everything)
  const results = await Promise.allSettled(
    purges.map(([path, headers]) =>
      fetch(`${edge}${path}`, { method: 'PURGE', headers, signal: AbortSignal.timeout(2000) }),
    ),
  )
  const failed = purges
    .map(([path]) => path)
    .filter((_, i) => {
      const result = results[i]
      return result?.status === 'rejected' || !result?.value.ok
    })
  if (failed.length)
    console.warn(
      `[scena] The edge cache did not purge ${failed.length} of ${purges.length} pages (${failed.join(', ')}).`,
    )
}
