import { createHmac, timingSafeEqual } from 'node:crypto'

import { type Locale } from '../i18n/locales'
import { CARD_DESIGN, isShareCard, type ShareCard } from './card'

/**
 * A card's address carries everything the card shows, signed with an HMAC of PAYLOAD_SECRET:
 * `/share/<locale>/<base64url JSON>.<base64url HMAC>.png`. Why signed parameters rather than a
 * page key resolved from the database: the route renders exactly what the page's metadata
 * computed (no second copy of every page's title logic), needs no database, and the same address
 * always gives the same image (so it can be cached as immutable). Why signed at all: otherwise any
 * visitor could make the server render any number of cards with any text; now only the cards the
 * site's own pages link to can be rendered, and anything else is refused after one HMAC.
 * The locale is part of what is signed, so a card cannot be moved to the other language's path.
 */

/** Longer tokens are refused before any work (the longest real one is well under 1,500 characters). */
export const MAX_TOKEN_LENGTH = 2_000

const mac = (secret: string, locale: Locale, payload: string) =>
  createHmac('sha256', secret).update(`scena:share-card:${locale}:${payload}`).digest('base64url')

export function sealCard(card: ShareCard, secret: string): string {
  const { locale, title, lines, accent, version } = card
  const payload = Buffer.from(JSON.stringify({ d: CARD_DESIGN, locale, title, lines, accent, version })).toString(
    'base64url',
  )
  return `${payload}.${mac(secret, locale, payload)}`
}

/** The card a token stands for, or null when the token is malformed, forged, or for another language. */
export function openCard(token: string, locale: Locale, secret: string): ShareCard | null {
  if (token.length > MAX_TOKEN_LENGTH) return null
  const [payload, signature, ...rest] = token.split('.')
  if (!payload || !signature || rest.length > 0) return null
  const expected = Buffer.from(mac(secret, locale, payload))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    // `d` (the design) only makes the address new; a card signed for an earlier design is drawn with today's.
    const { d: _design, ...card } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { d?: unknown }
    return isShareCard(card) && card.locale === locale ? card : null
  } catch {
    return null
  }
}
