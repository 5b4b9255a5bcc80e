import createMiddleware from 'next-intl/middleware'
import { NextRequest } from 'next/server'

import { routing } from './i18n/routing'
import { contentSecurityPolicy, newNonce, strictCsp } from './security/csp'

const localeRouting = createMiddleware(routing)

/**
 * Locale routing, never authorization. In strict CSP mode it also gives each response its nonce:
 * Next reads the policy from the request headers and puts the nonce on its own scripts.
 */
export default function proxy(request: NextRequest) {
  if (!strictCsp()) return localeRouting(request)
  const policy = contentSecurityPolicy({ nonce: newNonce(), isDev: process.env.NODE_ENV !== 'production' })
  const headers = new Headers(request.headers)
  headers.set('Content-Security-Policy', policy)
  const response = localeRouting(new NextRequest(request, { headers }))
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Everything but the admin, the API, Next internals and files with an extension.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
