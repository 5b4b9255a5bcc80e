import createMiddleware from 'next-intl/middleware'
import { NextRequest, NextResponse } from 'next/server'

import { routing } from './i18n/routing'
import { rewriteSearch } from './search/rewrite'
import { contentSecurityPolicy, newNonce, strictCsp } from './security/csp'
import { refuseBadPost } from './security/postGuard'

const localeRouting = createMiddleware(routing)

/**
 * Locale routing, never authorization. Form posts from another site, or too large, are refused
 * (403/413) before Next's action handler would fail with a 500. A search goes to its cached results
 * page (src/search/rewrite.ts). In strict CSP mode it also gives
 * each response its nonce: Next reads the policy from the request headers and puts the nonce on
 * its own scripts.
 */
export default function proxy(request: NextRequest) {
  const refusal = refuseBadPost(request)
  if (refusal) return refusal
  if (request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/'))
    return NextResponse.next()
  if (!strictCsp()) return withoutCookie(request, rewriteSearch(request, localeRouting(request)))
  const policy = contentSecurityPolicy({ nonce: newNonce(), isDev: process.env.NODE_ENV !== 'production' })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = rewriteSearch(request, localeRouting(new NextRequest(request, { headers })))
  response.headers.set('Content-Security-Policy', policy)
  return withoutCookie(request, response)
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
  // Everything but the API, Next internals and files with an extension (the admin only for the
  // post check above).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
}
