import createMiddleware from 'next-intl/middleware'
import { NextRequest, NextResponse } from 'next/server'

import { routing } from './i18n/routing'
import { rewriteSearch } from './search/rewrite'
import { isProduction, strictCsp } from './env'
import { contentSecurityPolicy, newNonce } from './security/csp'
import { NOT_FOUND_HEADER } from './security/notFoundHeader'
import { refuseBadPost } from './security/postGuard'
import { unknownAddressLocale } from './routing/knownPaths'

const localeRouting = createMiddleware(routing)

/**
 * Locale routing, never authorization. Form posts from another site, or too large, are refused
 * (403/413) before Next's action handler would fail with a 500. An address that can be no page of
 * the site is answered 404 with the 404 page in its language, here (see notFoundHere). A search
 * goes to its cached results page (src/search/rewrite.ts). In strict CSP mode it also gives
 * each response its nonce: Next reads the policy from the request headers and puts the nonce on
 * its own scripts.
 */
export default function proxy(request: NextRequest) {
  const refusal = refuseBadPost(request)
  if (refusal) return refusal
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/'))
    return NextResponse.next()
  if (!strictCsp())
    return withoutCookie(request, notFoundHere(request) ?? rewriteSearch(request, localeRouting(request)))
  const policy = contentSecurityPolicy({ nonce: newNonce(), isDev: !isProduction() })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  headers.delete(NOT_FOUND_HEADER) // only the proxy says so
  const withPolicy = new NextRequest(request, { headers })
  const response = notFoundHere(withPolicy) ?? rewriteSearch(request, localeRouting(withPolicy))
  response.headers.set('Content-Security-Policy', policy)
  return withoutCookie(request, response)
}

/**
 * An unknown address (`/it/nope`, `/nope`, `/faq.html`) is rendered in the address's language
 * (Italian without one, instead of a redirect to a page that does not exist) by the route its
 * depth reaches — the generated section or entry route (`[section]`, `[section]/[slug]`) or the
 * catch-all (`[...rest]`), which all answer it alike — with the status set here: a page rendered per
 * request (an unknown address, every page under the strict CSP) can only answer 404 with a complete page when the status is known before rendering.
 * Unknown entries (`/it/domande-frequenti/nope`) are left to their pages: only they know the slugs.
 */
function notFoundHere(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl
  const locale = unknownAddressLocale(pathname)
  if (!locale) return null
  const target = request.nextUrl.clone()
  if (!pathname.startsWith(`/${locale}/`)) target.pathname = `/${locale}${pathname}`
  const headers = new Headers(request.headers)
  headers.set(NOT_FOUND_HEADER, '1')
  return NextResponse.rewrite(target, { status: 404, request: { headers } })
}

/**
 * Pages are the same for every visitor and cached as such (Next's page cache, the edge): next-intl's
 * NEXT_LOCALE cookie is only set where the language is chosen, on `/` (and by the language switcher
 * in the browser), never on a page.
 */
function withoutCookie(request: NextRequest, response: NextResponse): NextResponse {
  if (request.nextUrl.pathname !== '/') response.headers.delete('set-cookie')
  return response
}

export const config = {
  // Everything but the API, Next internals and the site's files: public/ and the metadata routes
  // of src/app (tests/int/not-found-paths.test.ts checks this list against them), and share
  // cards (`/share/<locale>/<card>`, which answers its own 404s). Other addresses with a dot (`/faq.html`) get the 404 page (the admin only the post
  // check above).
  matcher: [
    '/((?!api|_next|_vercel|favicon\\.ico|icon\\.svg|apple-icon\\.png|robots\\.txt|sitemap\\.xml|language-switch\\.js|share/[^/]+/[^/]+$).*)',
  ],
}
