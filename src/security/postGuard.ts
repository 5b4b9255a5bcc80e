import type { NextRequest } from 'next/server'

import { plainRefusal } from '../i18n/serverText'

/** Largest form post the site accepts (next.config.ts `serverActions.bodySizeLimit` agrees). */
export const MAX_FORM_POST_BYTES = 2 * 1024 * 1024

const hostOf = (value: string | null) => {
  try {
    return value ? new URL(value).host : null
  } catch {
    return 'invalid'
  }
}

/**
 * A form post (a server action: the contact form, the admin) from another site's page, or larger
 * than the site accepts, is refused here with 403 / 413 and a message. Next would otherwise throw
 * in its action handler and answer 500. Same rule as Next's own check: the Origin's host must be
 * the host the request was sent to. The message is in the page's language, its code in a header.
 */
export function refuseBadPost(request: NextRequest): Response | null {
  if (request.method !== 'POST') return null
  const language = request.nextUrl.pathname.startsWith('/en') ? 'en' : 'it'
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (origin !== null && hostOf(origin) !== host) return plainRefusal(language, 403, 'siteFormForeign')
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > MAX_FORM_POST_BYTES) return plainRefusal(language, 413, 'siteFormTooLarge')
  return null
}
