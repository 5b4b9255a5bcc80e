import type { Locale } from '../i18n/locales'
import { cut, drawable } from './text'

/**
 * Bump when the card's drawing changes (src/share/CardImage.tsx): card addresses are cached as
 * immutable, so a new design needs new addresses.
 */
export const CARD_DESIGN = 1

export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

/** Longest title a card shows (about five lines at the smallest size); longer ones are cut at a word. */
export const MAX_TITLE = 140
const MAX_LINE = 90

/** Everything a card shows, in one language. */
export interface ShareCard {
  locale: Locale
  /** The page's own name, drawn large. */
  title: string
  /** Small lines under it: the site title (the tagline on the home page), then the coordinator's name and role. */
  lines: string[]
  /** #rrggbb */
  accent: string
  /** The site settings' version: a saved settings change gives every card a new address. */
  version: string
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/i

/** A card from a page's name and the site's identity: text cut to fit and limited to what the font can draw. */
export function shareCard({
  locale,
  name,
  siteTitle,
  tagline,
  coordinator,
  role,
  accent,
  version,
}: {
  locale: Locale
  name: string
  siteTitle: string
  tagline: string | null
  coordinator: string | null
  role: string | null
  accent: string
  version: string
}): ShareCard {
  const title = cut(drawable(name), MAX_TITLE)
  // The home page's name is the site title: its card shows the tagline under it instead. A name that
  // says the site title already ("Chi è l’Intimacy Coordinator?") does not get it again (as its <title>).
  const site =
    name.trim() === siteTitle.trim()
      ? tagline
      : name.toLocaleLowerCase().includes(siteTitle.trim().toLocaleLowerCase())
        ? null
        : siteTitle
  const byline = [coordinator, role].filter(Boolean).join(' · ')
  const lines = [site, byline].map((line) => cut(drawable(line ?? ''), MAX_LINE)).filter(Boolean)
  return { locale, title, lines, accent: HEX_COLOUR.test(accent) ? accent : '#1d1b1a', version }
}

/** The card's text as one sentence: its alternative text. */
export const cardAlt = (card: ShareCard) => [card.title, ...card.lines].join(' · ')

/** Whether a decoded value is a card (the signature vouches for its origin, not for its shape across versions). */
export function isShareCard(value: unknown): value is ShareCard {
  const card = value as ShareCard
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof card.locale === 'string' &&
    typeof card.title === 'string' &&
    card.title.length <= MAX_TITLE &&
    Array.isArray(card.lines) &&
    card.lines.length <= 2 &&
    card.lines.every((line) => typeof line === 'string' && line.length <= MAX_LINE) &&
    typeof card.accent === 'string' &&
    HEX_COLOUR.test(card.accent) &&
    typeof card.version === 'string'
  )
}
