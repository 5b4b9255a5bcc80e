import { payloadSecret } from '@/env'
import { isLocale } from '@/i18n/locales'
import { plainRefusal, requestLanguage } from '@/i18n/serverText'
import { drawCard } from '@/share/render'
import { openCard } from '@/share/token'

/**
 * A page's share card (Open Graph / Twitter image), `/share/<locale>/<token>.png`, linked from the
 * page's metadata (src/site/shareCard.ts). Outside the locale proxy (its matcher skips paths with a
 * dot). Only cards signed by the site are drawn (src/share/token.ts); anything else is a 404 after
 * one HMAC, never a 500.
 */
export const runtime = 'nodejs'
// Never kept in Next's page cache: a forged address must not leave an entry behind.
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ locale: string; card: string }> }

/** In the card's language when it names one, else the one the browser asks for. */
const refuse = (locale: string, request: Request) =>
  plainRefusal(isLocale(locale) ? locale : requestLanguage(request.headers), 404, 'siteUnknownShareCard')

export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { locale, card: file } = await params
  if (!isLocale(locale) || !file.endsWith('.png')) return refuse(locale, request)
  const token = file.slice(0, -'.png'.length)
  const card = openCard(token, locale, payloadSecret())
  if (!card) return refuse(locale, request)
  const png = await drawCard(token, card)
  return new Response(png, {
    headers: {
      'Content-Type': 'image/png',
      'Content-Length': String(png.byteLength),
      // The address names the card's content, the settings' version and the design: it never
      // changes meaning, so browsers and the edge (src/topology/edge/scena.vcl) may keep it for a year.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  })
}
