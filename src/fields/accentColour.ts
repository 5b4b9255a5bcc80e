import type { TextField, TextFieldSingleValidation } from 'payload'

import { serverText } from '../errors'

/** The accent when the coordinator has chosen none: a deep wine red, 7.9:1 on the page's paper. */
export const DEFAULT_ACCENT = '#8a2d3b'

/** The page's background and the text on the accent (buttons): the accent must read well on both. */
export const PAPER = '#fbf8f5'
export const WHITE = '#ffffff'
/** WCAG 2 AA for normal text. */
export const MIN_CONTRAST = 4.5

const HEX = /^#[0-9a-f]{6}$/i

/** "#8A2D3B", "8a2d3b" or " #8a2d3b " → "#8a2d3b"; anything else → null. */
export function normaliseHex(value: string): string | null {
  const hex = `#${value.trim().replace(/^#/, '')}`.toLowerCase()
  return HEX.test(hex) ? hex : null
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)]
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)
}

/** The lower of the accent's contrast as text on the page and as a background under white text. */
export const accentContrast = (hex: string): number => Math.min(contrastRatio(hex, PAPER), contrastRatio(hex, WHITE))

const validateAccentColour: TextFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined || value === '') return true
  const hex = typeof value === 'string' ? normaliseHex(value) : null
  if (!hex) return serverText(req, 'errAccentFormat')
  const ratio = accentContrast(hex)
  // "1,4:1" in Italian, "1.4:1" in English.
  const format = (n: number) =>
    n.toLocaleString(req.i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  return (
    ratio >= MIN_CONTRAST || serverText(req, 'errAccentContrast', { ratio: format(ratio), min: format(MIN_CONTRAST) })
  )
}

/** Stored as "#rrggbb" in lower case, whatever way it was typed. */
const normalise = ({ value }: { value?: unknown }) =>
  typeof value === 'string' && value.trim() ? (normaliseHex(value) ?? value) : null

/** The site's accent colour: links, buttons and the share cards' band; empty means the default. */
export const accentColourField = (field: Omit<TextField, 'type' | 'validate'>): TextField =>
  ({
    ...field,
    type: 'text',
    maxLength: 7,
    validate: validateAccentColour,
    hooks: { beforeValidate: [normalise] },
  }) as TextField
