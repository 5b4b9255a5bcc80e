import { describe, expect, it } from 'vitest'

import { dateFormatIn, formatDate } from '../../src/i18n/dates'

describe('dates, one way per language (src/i18n/dates.ts)', () => {
  it('writes the day as Italians do, and in British English (never US-style)', () => {
    expect(formatDate('2026-12-05T10:00:00Z', 'it')).toBe('5 dicembre 2026')
    expect(formatDate('2026-12-05T10:00:00Z', 'en')).toBe('5 December 2026')
    expect(formatDate(new Date('2026-03-01T12:00:00Z'), 'en')).not.toMatch(/^March/)
  })

  it('gives the day it was in Italy', () => {
    expect(formatDate('2026-12-05T23:30:00Z', 'it')).toBe('6 dicembre 2026')
    expect(formatDate('2026-07-31T22:30:00Z', 'en')).toBe('1 August 2026')
  })

  it('follows the admin’s language, any other being British English', () => {
    const day = new Date('2026-12-05T10:00:00Z')
    expect(dateFormatIn('it').format(day)).toBe('5 dicembre 2026')
    expect(dateFormatIn('en').format(day)).toBe('5 December 2026')
    expect(dateFormatIn('de').resolvedOptions().locale).toBe('en-GB')
  })
})
