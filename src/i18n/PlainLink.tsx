// On the server next-intl's useLocale only reads the request's locale (no hook state), so it may be
// called last, when the page did not say its locale; named apart so that lint does not take it for a
// client hook.
import { useLocale as requestLocale } from 'next-intl'
import type { AnchorHTMLAttributes } from 'react'

import type { Locale } from './locales'
import { getPathname, type Href } from './paths'
import { renderedLocale } from './renderedLocale'

/**
 * A link to a page of the site in the page's language (or `locale`), with its translated path:
 * next-intl's `Link` API, rendered on the server as a plain `<a>`. next-intl's own Link is a client
 * component (Next's router link): every page then shipped its code, carried each link's props in
 * the RSC payload, and prefetched every linked page's payload in the background. The public site
 * navigates with ordinary page loads, which its caches serve (issue 13).
 */
export function PlainLink({
  href,
  locale,
  ...props
}: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: Href; locale?: Locale }) {
  // The page's locale; next-intl's for pages that did not go through pageLocale() (the 404 page).
  return <a {...props} href={getPathname({ href, locale: locale ?? renderedLocale().locale ?? requestLocale() })} />
}
