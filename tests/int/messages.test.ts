import { describe, expect, it } from 'vitest'

import en from '../../src/i18n/messages/en.json'
import itMessages from '../../src/i18n/messages/it.json'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key))
}

describe('UI messages', () => {
  it('Italian and English have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(itMessages).sort())
  })

  it('no message is empty or left untranslated by copy', () => {
    const flat = (messages: unknown) =>
      Object.fromEntries(keys(messages).map((k) => [k, k.split('.').reduce<any>((o, p) => o[p], messages)]))
    const itFlat = flat(itMessages)
    const enFlat = flat(en)
    for (const [key, value] of Object.entries(itFlat)) {
      expect(String(value).trim(), key).not.toBe('')
      expect(String(enFlat[key]).trim(), key).not.toBe('')
    }
    expect(itFlat['Layout.skipToContent']).not.toBe(enFlat['Layout.skipToContent'])
  })
})

describe('admin strings for the translation tools', () => {
  it('Italian and English have the same keys, none empty', async () => {
    const { adminTranslations } = await import('../../src/i18n/admin')
    expect(keys(adminTranslations.en).sort()).toEqual(keys(adminTranslations.it).sort())
    for (const lang of [adminTranslations.it, adminTranslations.en]) {
      for (const value of Object.values(lang.scena)) expect(value.trim()).not.toBe('')
    }
  })
})
