import type { Locale } from './locales'
import { type AppPathname, localizedPath, pathnames } from '../routing/paths'

/** next-intl's href: an internal pathname, or one with the values of its dynamic segments (and a query, an anchor). */
export type Href =
  | AppPathname
  | { pathname: AppPathname; params?: Record<string, string | number>; query?: Record<string, string>; hash?: string }

/**
 * The public path of `href` in `locale`, e.g. `{ pathname: '/faq/[slug]', params: { slug } }` in
 * Italian is /it/domande-frequenti/<slug>: what next-intl's `getPathname` from `createNavigation`
 * returns for our routing (every locale prefixed, translated section paths, non-ASCII encoded;
 * tests/int/paths.test.ts compares the two). It does not import next-intl/navigation, because
 * that module also defines next-intl's Link, a client component: every page importing it shipped
 * that component's JavaScript and next/link's to the browser, even where no such link is rendered.
 */
export function getPathname({ locale, href }: { locale: Locale; href: Href }): string {
  const { pathname, params, query, hash } = typeof href === 'string' ? { pathname: href } : href
  const anchor = hash ? new URL(`#${hash}`, 'http://l').hash : ''
  return localizedPath(pathnames[pathname], locale, params, query) + anchor
}
