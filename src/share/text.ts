/**
 * Card text is drawn with the one font ImageResponse bundles (Geist Regular). For any character
 * that font lacks, ImageResponse would download a font or an emoji image from Google Fonts or a CDN
 * while rendering: cards must never fetch anything, so such characters are dropped here, before the
 * text is signed into a card's address. These are the ranges Geist covers (tests/int/share-card.test.ts
 * checks them against the font shipped with Next): Latin with its accents, and typographic punctuation.
 */
export const DRAWABLE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0xac],
  [0xae, 0x113],
  [0x116, 0x12b],
  [0x12e, 0x137],
  [0x139, 0x13e],
  [0x141, 0x148],
  [0x14a, 0x14d],
  [0x150, 0x17e],
  [0x2013, 0x2014],
  [0x2018, 0x201a],
  [0x201c, 0x201e],
  [0x2020, 0x2022],
  [0x2026, 0x2026],
  [0x2030, 0x2030],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
]

const isDrawable = (char: string) => {
  const code = char.codePointAt(0) ?? 0
  return DRAWABLE_RANGES.some(([from, to]) => code >= from && code <= to)
}

/** The text with single spaces, and without what the bundled font cannot draw (an accent it lacks is dropped, not the letter). */
export function drawable(text: string): string {
  return [...text.normalize('NFC').replace(/\s+/g, ' ')]
    .map((char) => (isDrawable(char) ? char : [...char.normalize('NFD')].filter(isDrawable).join('')))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim()
}

/** At most `max` characters, cut at a word when there is one in the second half (with "…"). */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text
  const head = text.slice(0, max - 1)
  const boundary = head.lastIndexOf(' ')
  return `${(boundary > max / 2 ? head.slice(0, boundary) : head).replace(/[\s,;:.–—-]+$/, '')}…`
}
