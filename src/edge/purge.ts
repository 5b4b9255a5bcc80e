import { isLocale } from '../i18n/locales'
import { routing } from '../i18n/routing'

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

/**
 * Drops these pages from the edge cache (SCENA_EDGE_URL, set by `npm run start:cluster`): a soft
 * purge, so the edge fetches the new page on the next request while any instance is up, and can
 * still serve the old one (grace) if none is. Without an edge, nothing to do. Never throws: a
 * failed purge is logged, the publish itself has succeeded.
 */
export async function purgeEdge(appPaths: string[], { everything = false } = {}): Promise<void> {
  const edge = process.env.SCENA_EDGE_URL
  if (!edge) return
  // Site settings appear on every page: `X-Scena-Purge-All` drops them all (src/edge/scena.vcl).
  // Any change may change search results: `X-Scena-Purge-Search` drops them all.
  const purges: Array<[string, Record<string, string>]> = everything
    ? [['/', { 'X-Scena-Purge-All': '1' }]]
    : [
        ...[...new Set(appPaths.map(publicPathOf))].map((path): [string, Record<string, string>] => [path, {}]),
        ['/', { 'X-Scena-Purge-Search': '1' }],
      ]
  const paths = purges.map(([path]) => path)
  const results = await Promise.allSettled(
    purges.map(([path, headers]) =>
      fetch(`${edge}${path}`, { method: 'PURGE', headers, signal: AbortSignal.timeout(2000) }),
    ),
  )
  const failed = paths.filter((_, i) => {
    const result = results[i]
    return result?.status === 'rejected' || !result?.value.ok
  })
  if (failed.length)
    console.warn(
      `[scena] The edge cache did not purge ${failed.length} of ${paths.length} pages (${failed.join(', ')}).`,
    )
}
