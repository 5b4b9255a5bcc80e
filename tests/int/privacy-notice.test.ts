import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'

import { PrivacyNoticeText } from '../../src/components/PrivacyNoticeText'
import en from '../../src/i18n/messages/en.json'
import itMessages from '../../src/i18n/messages/it.json'
import type { Locale } from '../../src/i18n/locales'
import { buildNotice, type NoticeFacts } from '../../src/privacy/notice'
import { retentionPeriod } from '../../src/privacy/retentionPeriod'

const messages = { it: itMessages, en }

const complete: NoticeFacts = {
  controller: {
    name: 'Giulia Rossi',
    address: 'Via dei Mille 12\n00185 Roma',
    email: 'privacy@example.org',
    vatNumber: 'IT12345678901',
    pec: 'giulia.rossi@pec.example.it',
  },
  processors: { hosting: 'Hetzner Online GmbH', email: 'Brevo SAS' },
  coordinatorName: 'Giulia Rossi',
  contactEmail: 'studio@example.org',
  retentionDays: 730,
  backupDays: 7,
  emailsEnquiries: true,
}

/** The notice as the page renders it, as HTML and as the text a visitor reads. */
function render(facts: NoticeFacts, locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Privacy' })
  const { sections, period } = buildNotice(facts)
  const html = renderToStaticMarkup(
    createElement(PrivacyNoticeText, {
      sections,
      period,
      // `as never`: next-intl types the translator's keys; the notice takes any key function.
      t: t as never,
      locale,
      contactHref: locale === 'it' ? '/it/contatti' : '/en/contact',
    }),
  )
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') }
}

describe('the privacy notice, built from the controller’s details', () => {
  it.each(['it', 'en'] as const)(
    '%s: complete details: controller, lawful basis 6(1)(b), processors, rights',
    (locale) => {
      const { html, text } = render(complete, locale)
      for (const detail of [
        'Giulia Rossi',
        'Via dei Mille 12, 00185 Roma',
        'IT12345678901',
        'Hetzner Online GmbH',
        'Brevo SAS',
      ])
        expect(text).toContain(detail)
      expect(html).toContain('<a href="mailto:privacy@example.org">privacy@example.org</a>')
      expect(html).toContain('<a href="mailto:giulia.rossi@pec.example.it">giulia.rossi@pec.example.it</a>')
      expect(html).toContain('<a href="https://www.garanteprivacy.it">www.garanteprivacy.it</a>')
      expect(text).toMatch(locale === 'it' ? /art\. 6, par\. 1, lett\. b\) del GDPR/ : /Article 6\(1\)\(b\) GDPR/)
      expect(text).toContain(locale === 'it' ? '2 anni' : '2 years')
      expect(text).toContain(locale === 'it' ? '7 giorni' : '7 days')
      expect(text).toContain('Garante per la protezione dei dati personali')
      // Consent is not the basis, and nothing reads like a draft or a template.
      expect(text).not.toMatch(/consenso \(art\. 6|your consent \(Article 6|BOZZA|DRAFT|\{|\}|undefined|null/i)
    },
  )

  it.each(['it', 'en'] as const)('%s: missing details are left out, never filled with placeholders', (locale) => {
    const { html, text } = render(
      {
        ...complete,
        controller: {},
        processors: {},
        coordinatorName: null,
        contactEmail: null,
        emailsEnquiries: true,
      },
      locale,
    )
    expect(text).not.toMatch(/BOZZA|DRAFT|\{|\}|undefined|null|completare|to be completed/i)
    expect(html).not.toContain('mailto:')
    // Who to ask, and where: the contact page.
    expect(html).toContain(locale === 'it' ? 'href="/it/contatti"' : 'href="/en/contact"')
    expect(text).toContain(
      locale === 'it'
        ? 'I dati sono conservati sul server che ospita il sito.'
        : 'The data are stored on the server that hosts the site.',
    )
  })

  it('the identity’s name and the contact e-mail stand in for a controller not filled in', () => {
    const { html, text } = render({ ...complete, controller: { address: 'Via Roma 1, Torino' } }, 'it')
    expect(text).toContain('Il titolare del trattamento è Giulia Rossi.')
    expect(html).toContain('<a href="mailto:studio@example.org">studio@example.org</a>')
  })

  it('the e-mail provider is named only when enquiries are e-mailed', () => {
    expect(render({ ...complete, emailsEnquiries: false }, 'en').text).not.toContain('Brevo')
    expect(render({ ...complete, emailsEnquiries: true }, 'en').text).toContain(
      'through Brevo SAS, also a data processor',
    )
  })

  it('the retention period reads in whole units, from 1 day to 10 years, in both languages', () => {
    const cases: Array<[number, string, string]> = [
      [1, '1 giorno', '1 day'],
      [2, '2 giorni', '2 days'],
      [7, '1 settimana', '1 week'],
      [14, '2 settimane', '2 weeks'],
      [30, '1 mese', '1 month'],
      [45, '45 giorni', '45 days'],
      [90, '3 mesi', '3 months'],
      [180, '6 mesi', '6 months'],
      [183, '6 mesi', '6 months'],
      [190, '190 giorni', '190 days'],
      [365, '1 anno', '1 year'],
      [366, '1 anno', '1 year'],
      [400, '400 giorni', '400 days'],
      [730, '2 anni', '2 years'],
      [1095, '3 anni', '3 years'],
      [3650, '10 anni', '10 years'],
      [3652, '10 anni', '10 years'],
    ]
    for (const [days, it, english] of cases) {
      expect(render({ ...complete, retentionDays: days }, 'it').text, `${days} days`).toContain(`Per ${it} dalla data`)
      expect(render({ ...complete, retentionDays: days }, 'en').text, `${days} days`).toContain(`For ${english} from`)
    }
    // Never "about 1 years" nor a fraction.
    for (let days = 1; days <= 3660; days++) {
      const { count } = retentionPeriod(days)
      expect(Number.isInteger(count) && count >= 1, String(days)).toBe(true)
    }
  })
})
