import type { Locale } from './locales'
import { type AppPathname, pathnames } from '../site/paths'

/** next-intl's href: an internal pathname, or one with the values of its dynamic segments. */
export type Href =
  AppPathname | { pathname: AppPathname; params?: Record<string, string | number>; query?: Record<string, string> }

/**
 * The public path of `href` in `locale`, e.g. `{ pathname: '/faq/[slug]', params: { slug } }` in
 * Italian is /it/domande-frequenti/<slug>: what next-intl's `getPathname` from `createNavigation`
 * returns for our routing (every locale prefixed, translated section paths, non-ASCII encoded;
 * tests/int/paths.test.ts compares the two). It does not import next-intl/navigation, because
 * that module also defines next-intl's Link, a client component: every page importing it shipped
 * that component's JavaScript and next/link's to the browser, even where no such link is rendered.
 */
export function getPathname({ locale, href }: { locale: Locale; href: Href }): string {
  const { pathname, params = {}, query } = typeof href === 'string' ? { pathname: href } : href
  const localized = pathnames[pathname]
  const template = typeof localized === 'string' ? localized : localized[locale]
  const filled = template.replace(/\[([^\]]+)\]/g, (_, key: string) => {
    const value = params[key]
    if (value === undefined) throw new Error(`No value for [${key}] of ${pathname}`)
    return String(value)
  })
  const path = new URL(filled, 'http://l').pathname // encodes what needs encoding, never twice
  const prefixed = path === '/' ? `/${locale}` : `/${locale}${path}`
  return query ? `${prefixed}?${new URLSearchParams(query)}` : prefixed
}
