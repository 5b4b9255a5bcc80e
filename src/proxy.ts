import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

/** Locale routing only: never authorization. */
export default createMiddleware(routing)

export const config = {
  // Everything but the admin, the API, Next internals and files with an extension.
  matcher: ['/((?!api|admin|_next|_vercel|.*\\..*).*)'],
}
