import { NextResponse, type NextRequest } from 'next/server'

/** Largest form post the site accepts (next.config.ts `serverActions.bodySizeLimit` agrees). */
export const MAX_FORM_POST_BYTES = 2 * 1024 * 1024

const messages = {
  it: {
    foreign: 'Richiesta rifiutata: il modulo è stato inviato da un altro sito.',
    tooLarge: 'Richiesta rifiutata: il modulo inviato è troppo grande.',
  },
  en: {
    foreign: 'Request refused: the form was sent from another site.',
    tooLarge: 'Request refused: the form sent is too large.',
  },
}

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
 * the host the request was sent to.
 */
export function refuseBadPost(request: NextRequest): NextResponse | null {
  if (request.method !== 'POST') return null
  const text = request.nextUrl.pathname.startsWith('/en') ? messages.en : messages.it
  const origin = request.headers.get('origin')
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
  if (origin !== null && hostOf(origin) !== host) return plain(403, text.foreign)
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length > MAX_FORM_POST_BYTES) return plain(413, text.tooLarge)
  return null
}

const plain = (status: number, message: string) =>
  new NextResponse(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
