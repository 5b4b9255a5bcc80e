import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'

import { PrivacyNoticeText } from '../../src/components/PrivacyNoticeText'
import en from '../../src/i18n/messages/en.json'
import itMessages from '../../src/i18n/messages/it.json'
import type { Locale } from '../../src/i18n/locales'
import { buildNotice, type NoticeFacts } from '../../src/privacy/notice'

const messages = { it: itMessages, en }
const facts: NoticeFacts = {
  controller: { name: 'Giulia Rossi' },
  processors: {},
  retentionDays: 730,
  backupDays: 7,
  emailsEnquiries: false,
}

function text(f: NoticeFacts, locale: Locale): string {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Privacy' })
  const { sections, period } = buildNotice(f)
  const html = renderToStaticMarkup(
    // `as never`: next-intl types the translator's keys; the notice takes any key function.
    createElement(PrivacyNoticeText, { sections, period, t: t as never, locale, contactHref: '/contact' }),
  )
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
}

describe('the privacy notice says what the site counts (issue 25)', () => {
  it('Italian: what is counted, that nothing identifies a visitor, GPC/DNT, how long', () => {
    const notice = text({ ...facts, statistics: { retentionDays: 400 } }, 'it')
    expect(notice).toContain('Statistiche delle visite')
    expect(notice).toContain('nulla di ciò che conto permette di identificarti')
    expect(notice).toContain('Global Privacy Control')
    expect(notice).toContain('dopo 400 giorni')
    expect(notice).toContain('la pagina del sito che stavi leggendo prima di scrivermi')
  })

  it('English, one day', () => {
    const notice = text({ ...facts, statistics: { retentionDays: 1 } }, 'en')
    expect(notice).toContain('Visit statistics')
    expect(notice).toContain('nothing I count can identify you')
    expect(notice).toContain('deleted after 1 day.')
  })

  it('no statistics section when counting is off', () => {
    expect(text({ ...facts, statistics: null }, 'it')).not.toContain('Statistiche delle visite')
    expect(text(facts, 'en')).not.toContain('Visit statistics')
  })
})
