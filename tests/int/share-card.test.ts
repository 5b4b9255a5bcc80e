import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { cardAlt, MAX_TITLE, shareCard } from '../../src/share/card'
import { cut, DRAWABLE_RANGES, drawable } from '../../src/share/text'
import { openCard, sealCard } from '../../src/share/token'

const identity = {
  siteTitle: 'Intimacy Coordinator',
  tagline: 'Gestione delle scene intime',
  coordinator: 'Giulia Rossi',
  role: 'Intimacy coordinator',
  accent: '#8a2d3b',
  version: '1795896560832',
}
const card = shareCard({ locale: 'it', name: 'Chi è l’Intimacy Coordinator?', ...identity })

describe('share card tokens', () => {
  const token = sealCard(card, 'secret-a')

  it('open to the card they were sealed from, only with the same secret and language', () => {
    expect(openCard(token, 'it', 'secret-a')).toEqual(card)
    expect(openCard(token, 'it', 'secret-b')).toBeNull()
    expect(openCard(token, 'en', 'secret-a')).toBeNull()
  })

  it('refuse a changed card, a changed signature and malformed tokens', () => {
    const [payload, signature] = token.split('.') as [string, string]
    const changed = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), title: 'Altro' }),
    ).toString('base64url')
    expect(openCard(`${changed}.${signature}`, 'it', 'secret-a')).toBeNull()
    expect(
      openCard(`${payload}.${signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`, 'it', 'secret-a'),
    ).toBeNull()
    for (const bad of ['', '.', payload, `${payload}.`, `${token}.x`, 'A'.repeat(5000), '%%%.###'])
      expect(openCard(bad, 'it', 'secret-a'), bad.slice(0, 20)).toBeNull()
  })
})

describe('share card text', () => {
  it('puts the site, then name and role, under the page name; the tagline under the home page', () => {
    // A name that says the site title already does not get it again.
    expect(card.lines).toEqual(['Giulia Rossi · Intimacy coordinator'])
    expect(cardAlt(card)).toBe('Chi è l’Intimacy Coordinator? · Giulia Rossi · Intimacy coordinator')
    const services = shareCard({ locale: 'it', name: 'Servizi', ...identity })
    expect(services.lines).toEqual(['Intimacy Coordinator', 'Giulia Rossi · Intimacy coordinator'])
    const home = shareCard({ locale: 'it', name: 'Intimacy Coordinator', ...identity, coordinator: null, role: null })
    expect(home.lines).toEqual(['Gestione delle scene intime'])
  })

  it('cuts long titles at a word and keeps a safe accent colour', () => {
    const long = shareCard({ locale: 'en', name: 'word '.repeat(100), ...identity, accent: 'red' })
    expect(long.title.length).toBeLessThanOrEqual(MAX_TITLE)
    expect(long.title).toMatch(/word…$/)
    expect(long.accent).toMatch(/^#[0-9a-f]{6}$/)
    expect(cut('una domanda breve', 100)).toBe('una domanda breve')
  })

  it('keeps Italian letters and punctuation, drops what the bundled font lacks (no font download)', () => {
    expect(drawable('Perché l’attrice può dire «no» — sempre…')).toBe('Perché l’attrice può dire «no» — sempre…')
    expect(drawable('Scena 🎬 中文\n  ȁ')).toBe('Scena a')
  })

  it('draws only characters the font shipped with next/og has (checked against its cmap)', () => {
    const require = createRequire(import.meta.url)
    const og = path.dirname(require.resolve('next/dist/compiled/@vercel/og/package.json'))
    const covered = fontCodePoints(readFileSync(path.join(og, 'Geist-Regular.ttf')))
    const missing = DRAWABLE_RANGES.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((code) => !covered.has(code)),
    )
    expect(missing.map((code) => code.toString(16))).toEqual([])
  })
})

/** The code points a TrueType font maps to a glyph (cmap formats 4 and 12). */
function fontCodePoints(font: Buffer): Set<number> {
  const u16 = (at: number) => font.readUInt16BE(at)
  const u32 = (at: number) => font.readUInt32BE(at)
  let cmap = 0
  for (let i = 0; i < u16(4); i++)
    if (font.toString('latin1', 12 + i * 16, 16 + i * 16) === 'cmap') cmap = u32(20 + i * 16)
  const codes = new Set<number>()
  for (let t = 0; t < u16(cmap + 2); t++) {
    const table = cmap + u32(cmap + 8 + t * 8)
    if (u16(table) === 4) {
      const segments = u16(table + 6) / 2
      const ends = table + 14
      const starts = ends + segments * 2 + 2
      const deltas = starts + segments * 2
      const offsets = deltas + segments * 2
      for (let s = 0; s < segments; s++) {
        const [start, end, delta, offset] = [
          u16(starts + s * 2),
          u16(ends + s * 2),
          u16(deltas + s * 2),
          u16(offsets + s * 2),
        ]
        for (let code = start; code <= end && code !== 0xffff; code++) {
          const glyph = offset === 0 ? code + delta : u16(offsets + s * 2 + offset + (code - start) * 2)
          if (offset === 0 ? (glyph & 0xffff) !== 0 : glyph !== 0) codes.add(code)
        }
      }
    } else if (u16(table) === 12) {
      for (let g = 0; g < u32(table + 12); g++) {
        const group = table + 16 + g * 12
        for (let code = u32(group); code <= u32(group + 4); code++)
          if (u32(group + 8) + code - u32(group)) codes.add(code)
      }
    }
  }
  return codes
}
