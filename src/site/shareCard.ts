import { payloadSecret, siteUrl } from '../env'
import type { Locale } from '../i18n/locales'
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, shareCard } from '../share/card'
import { sealCard } from '../share/token'
import { siteIdentity } from './identity'

/** What a page's metadata says about its share card. */
export interface ShareImage {
  url: string
  width: number
  height: number
  alt: string
  type: 'image/png'
}

/**
 * The share card of a page named `name` (its own title, without the site's), in the page's
 * language: its address (signed, see src/share/token.ts) and the card's text as alternative text.
 */
export async function shareImage(locale: Locale, name: string): Promise<ShareImage> {
  const identity = await siteIdentity(locale)
  const card = shareCard({
    locale,
    name,
    siteTitle: identity.siteTitle,
    tagline: identity.tagline,
    coordinator: identity.name,
    role: identity.role,
    accent: identity.accent,
    version: identity.version,
  })
  return {
    url: `${siteUrl()}/share/${locale}/${sealCard(card, payloadSecret())}.png`,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    alt: cardAlt(card),
    type: 'image/png',
  }
}
