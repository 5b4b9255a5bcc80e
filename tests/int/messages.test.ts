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

describe('counts read right in both languages', () => {
  it('every message with a count uses ICU plural forms: "1 minuto" / "2 minuti", "1 minute" / "2 minutes"', async () => {
    const { createTranslator } = await import('use-intl/core')
    const say = (locale: 'it' | 'en', key: 'Contact.form.rateLimited', minutes: number) =>
      createTranslator({ locale, messages: locale === 'it' ? itMessages : en })(key, { minutes })
    expect(say('it', 'Contact.form.rateLimited', 1)).toContain('Riprova tra 1 minuto.')
    expect(say('it', 'Contact.form.rateLimited', 2)).toContain('Riprova tra 2 minuti.')
    expect(say('en', 'Contact.form.rateLimited', 1)).toContain('try again in 1 minute.')
    expect(say('en', 'Contact.form.rateLimited', 2)).toContain('try again in 2 minutes.')
    // No message puts a bare number before a word that would need agreeing with it.
    const flat = (messages: unknown) => keys(messages).map((k) => k.split('.').reduce<any>((o, p) => o[p], messages))
    for (const value of [...flat(itMessages), ...flat(en)]) {
      expect(String(value)).not.toMatch(/\{(count|minutes|n)\} [a-z]/)
    }
  })

  it('admin strings with a count have _one and _other forms, and read right', async () => {
    const { adminTranslations } = await import('../../src/i18n/admin')
    for (const lang of [adminTranslations.it, adminTranslations.en]) {
      const scena = lang.scena as Record<string, string>
      for (const [key, value] of Object.entries(scena)) {
        if (!value.includes('{{count}}')) continue
        const base = key.replace(/_(one|other)$/, '')
        expect(scena[`${base}_one`], `${key} needs ${base}_one`).toBeTruthy()
        expect(scena[`${base}_other`], `${key} needs ${base}_other`).toBeTruthy()
      }
    }
    const { initI18n } = await import('@payloadcms/translations')
    const { it: itPayload } = await import('@payloadcms/translations/languages/it')
    const i18n = await initI18n({
      config: {
        supportedLanguages: { it: itPayload },
        fallbackLanguage: 'it',
        translations: adminTranslations,
      },
      context: 'client',
      language: 'it',
    })
    const t = i18n.t as (key: string, vars?: Record<string, unknown>) => string
    expect(t('scena:nMissing', { count: 1 })).toBe('1 mancante')
    expect(t('scena:nMissing', { count: 3 })).toBe('3 mancanti')
    expect(t('scena:exportSelected', { count: 1 })).toBe('Esporta la voce selezionata')
    expect(t('scena:exportSelected', { count: 4 })).toBe('Esporta le 4 voci selezionate')
  })
})
