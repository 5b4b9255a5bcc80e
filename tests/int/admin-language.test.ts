import { describe, expect, it } from 'vitest'

import { INTERNAL_TOKEN_HEADER, internalToken } from '../../src/topology/revalidateEndpoint'
import { MAX_ID } from '../../src/db/ids'
import { paragraphsToLexical } from '../../src/fields/richText'
import { adminI18n } from './support/adminI18n'
import { rest } from './support/rest'
import { sample, uniqueTag } from './support/samples'
import { withStaff } from './support/staff'

/**
 * Every message an editor or translator can meet, in the admin user's language (Italian and
 * English), each with its stable code: XLIFF files that cannot be read, the import report's lines,
 * size limits on drafts, the export of an entry that does not exist; and Payload's own strings as
 * overridden in src/i18n/payloadStrings.ts.
 */
const staff = withStaff()
type Language = 'it' | 'en'
const inLanguage = (language: Language) => ({ 'Accept-Language': language })

/** Words of the English messages that must never reach the Italian admin. */
const english = /\b(the|is|not|cannot|could|saved|applied|rolled|at most|characters|malformed|line|column)\b/i

async function createFaq(question: string): Promise<number> {
  const res = await rest('POST', '/api/faqs?locale=it', {
    token: staff.editor,
    body: { question, answer: paragraphsToLexical(['Risposta']), section: 'the-role', _status: 'published' },
  })
  expect(res.status, res.text).toBe(201)
  return res.json.doc.id as number
}

const exportFile = (query: string, language: Language = 'en') =>
  rest('GET', `/api/xliff/export?${query}`, { token: staff.translator, headers: inLanguage(language) })
const importFile = (xml: string, language: Language) =>
  rest('POST', '/api/xliff/import', {
    token: staff.translator,
    body: xml,
    headers: { 'Content-Type': 'application/xliff+xml', ...inLanguage(language) },
  })
const unitOf = (xml: string, prefix: string) =>
  [...xml.matchAll(/<unit id="([^"]+)"/g)].map((m) => m[1]!).find((u) => u.startsWith(prefix))!
const withTarget = (xml: string, id: string, target: string) =>
  xml.replace(
    new RegExp(`(<unit id="${id.replace(/\./g, '\\.')}"[^>]*>[\\s\\S]*?</source>)(<target>[\\s\\S]*?</target>)?`),
    (_all, head: string) => `${head}<target>${target}</target>`,
  )

describe('XLIFF files that cannot be read: in the admin user’s language, with the reason’s code', () => {
  it.each([
    [
      'it',
      '<html><body>ciao</body></html>',
      'Il file non si può importare: non è un file XLIFF (l’elemento principale è <html>).',
      'xliffNotXliff',
    ],
    [
      'en',
      '<html><body>hello</body></html>',
      'The file cannot be imported: it is not an XLIFF file (the root element is <html>).',
      'xliffNotXliff',
    ],
    [
      'it',
      '<xliff version="2.0" srcLang="fr" trgLang="en"><file id="f"/></xliff>',
      'Il file non si può importare: la lingua di partenza è «fr», ma Scena traduce da «it».',
      'xliffSourceLanguage',
    ],
    [
      'en',
      '<xliff version="2.0" srcLang="fr" trgLang="en"><file id="f"/></xliff>',
      'The file cannot be imported: the source language is “fr”, but Scena translates from “it”.',
      'xliffSourceLanguage',
    ],
    [
      'it',
      '<xliff version="2.0" srcLang="it" trgLang="en"><file id="f"></file></xliff>',
      'Il file non si può importare: il file non contiene nessuna unità.',
      'xliffNoUnits',
    ],
    [
      'it',
      '<xliff version="2.0" srcLang="it" trgLang="en"><file id="f"></xliff>',
      'Il file non si può importare: l’XML non è valido (riga 1, colonna 68): un tag di chiusura non corrisponde all’elemento aperto.',
      'xliffMalformed',
    ],
    [
      'en',
      '<xliff version="2.0" srcLang="it" trgLang="en"><file id="f"></xliff>',
      'The file cannot be imported: the XML is malformed (line 1, column 68): a closing tag does not match the open element.',
      'xliffMalformed',
    ],
    [
      'it',
      '<xliff version="2.0" srcLang="it" trgLang="en"><file id="f">&nbsp;</file></xliff>',
      'Il file non si può importare: l’XML non è valido (riga 1, colonna 66): c’è un’entità sconosciuta (sono ammesse solo &amp; &lt; &gt; &quot; &apos; e i riferimenti numerici).',
      'xliffMalformed',
    ],
    [
      'it',
      '<xliff version="2.0" srcLang="it" trgLang="en"><file id="f">R&D</file></xliff>',
      'Il file non si può importare: l’XML non è valido (riga 1, colonna 64): c’è una «&» che non apre nessuna entità (nel testo scrivi &amp;).',
      'xliffMalformed',
    ],
    [
      'it',
      '<xliff version="2.0" srcLang="it" trgLang="en"><file id="f">1 < 2</file></xliff>',
      'Il file non si può importare: l’XML non è valido (riga 1, colonna 65): c’è un «<» che non apre nessun tag (nel testo scrivi &lt;).',
      'xliffMalformed',
    ],
    [
      'it',
      '<xliff version="2.0" srcLang="it" trgLang="en">\n<file id=f></file></xliff>',
      'Il file non si può importare: l’XML non è valido (riga 2, colonna 10): un attributo è scritto male (la forma è nome="valore", con uno spazio prima del successivo).',
      'xliffMalformed',
    ],
    [
      'it',
      '<xliff version="2.0" srcLang="it" trgLang="en"><file id="f"></file x></xliff>',
      'Il file non si può importare: l’XML non è valido (riga 1, colonna 68): un tag è scritto male (nel nome o in ciò che lo segue).',
      'xliffMalformed',
    ],
    [
      'it',
      '<xliff version="2.0" srcLang="it" trgLang="en"><!-- a -- b --></xliff>',
      'Il file non si può importare: l’XML non è valido (riga 1, colonna 57): un commento contiene «--», che in XML non è ammesso.',
      'xliffMalformed',
    ],
    [
      'it',
      '<!DOCTYPE x [<!ENTITY a "b">]><xliff/>',
      'Il file non si può importare: contiene dichiarazioni DOCTYPE o ENTITY, che non sono ammesse.',
      'xliffDoctype',
    ],
  ] as const)('%s: %s', async (language, body, message, code) => {
    const res = await importFile(body, language)
    expect(res.status, res.text).toBe(400)
    expect(res.json.errors[0]).toMatchObject({ message, data: { code } })
  })
})

describe('the import report: every line in the admin user’s language, with its code', () => {
  it('a target that cannot be read (Italian and English)', async () => {
    const id = await createFaq(`Illeggibile ${uniqueTag()}`)
    const xml = (await exportFile(`collection=faqs&ids=${id}`)).text
    const unit = unitOf(xml, `faqs.${id}.question.`)
    const file = withTarget(xml, unit, 'A <pc id="x1" type="fmt" subType="xlf:b">bold</pc> question')
    const said = {
      it: 'La traduzione non si può leggere: gli elementi <pc> non sono ammessi in un campo di solo testo.',
      en: 'The target cannot be read: <pc> elements are not allowed in a plain-text field.',
    }
    for (const language of ['it', 'en'] as const) {
      const res = await importFile(file, language)
      expect(res.status, res.text).toBe(200)
      expect(res.json.units).toContainEqual({
        id: unit,
        result: 'rejected',
        code: 'importUnreadable',
        reason: said[language],
      })
    }
  })

  it('a write that fails, and the rollback of the rest (Italian and English)', async () => {
    const first = await createFaq(`Prima ${uniqueTag()}`)
    const second = await createFaq(`Seconda ${uniqueTag()}`)
    const xml = (await exportFile(`collection=faqs&ids=${first},${second}`)).text
    const firstUnit = unitOf(xml, `faqs.${first}.question.`)
    const secondUnit = unitOf(xml, `faqs.${second}.question.`)
    const file = withTarget(withTarget(xml, firstUnit, 'First'), secondUnit, 'Second')
    const said = {
      it: {
        failed: 'Non è stato possibile salvarla: errore del server; nessuna parte del file è stata salvata.',
        rolledBack: (unit: string) =>
          `Non applicata: l’importazione è stata annullata perché non è stato possibile salvare l’unità ${unit}.`,
      },
      en: {
        failed: 'Could not be saved: a server error; nothing from this file was saved.',
        rolledBack: (unit: string) =>
          `Not applied: the import was rolled back because unit ${unit} could not be saved.`,
      },
    }
    for (const language of ['it', 'en'] as const) {
      const { createVersion } = staff.payload.db
      let writes = 0
      staff.payload.db.createVersion = (async (args: Parameters<typeof createVersion>[0]) => {
        if (++writes === 2) throw new Error('simulated database failure')
        return createVersion.call(staff.payload.db, args)
      }) as typeof createVersion
      let res
      try {
        res = await importFile(file, language)
      } finally {
        staff.payload.db.createVersion = createVersion
      }
      expect(res.status, res.text).toBe(500)
      const units = res.json.units as { id: string; code?: string }[]
      // The second write failed: its unit could not be saved, the unit written first was rolled back.
      const failed = units.find((u) => u.code === 'importNotSaved')?.id ?? ''
      const other = failed === firstUnit ? secondUnit : firstUnit
      expect([firstUnit, secondUnit]).toContain(failed)
      expect(units).toContainEqual({
        id: failed,
        result: 'rejected',
        code: 'importNotSaved',
        reason: said[language].failed,
      })
      expect(units).toContainEqual({
        id: other,
        result: 'rejected',
        code: 'importRolledBack',
        reason: said[language].rolledBack(failed),
      })
      if (language === 'it') {
        for (const u of units)
          expect(String((u as { reason?: string }).reason).replace(/\S+\.\d+\.\S+/g, '')).not.toMatch(english)
      }
    }
  })
})

describe('the export of entries that do not exist', () => {
  it.each([
    ['it', '999999999', 'Nessuna voce con ID 999999999 in «faqs».'],
    ['it', '999999998,999999999', 'Nessuna voce con gli ID 999999998, 999999999 in «faqs».'],
    ['en', '999999999', 'No faqs with ID 999999999.'],
    ['en', '999999998,999999999', 'No faqs with IDs 999999998, 999999999.'],
  ] as const)('%s: ids=%s', async (language, ids, message) => {
    const res = await exportFile(`collection=faqs&ids=${ids}`, language)
    expect(res.status, res.text).toBe(400)
    expect(res.json.errors[0]).toMatchObject({ message, data: { code: 'errNoEntries' } })
  })
})

describe('size limits on drafts', () => {
  it.each([
    ['it', 'Al massimo 300 caratteri (questo testo ne ha 320).', /^Il seguente campo non è valido: /],
    ['en', 'At most 300 characters (this text has 320).', /^The following field is invalid: /],
  ] as const)('%s: the field, its message and its code', async (language, message, summary) => {
    const res = await rest('POST', '/api/faqs?locale=it', {
      token: staff.editor,
      headers: inLanguage(language),
      body: { ...sample('faqs', 'it', uniqueTag()), question: 'x'.repeat(320), _status: 'draft' },
    })
    expect(res.status, res.text).toBe(400)
    expect(res.json.errors[0].message).toMatch(summary)
    expect(res.json.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'question', code: 'errTooLong', message }),
    ])
  })

  it('one and other: the plural forms', async () => {
    const it = (await adminI18n('it')).t as (key: string, vars?: Record<string, unknown>) => string
    const en = (await adminI18n('en')).t as (key: string, vars?: Record<string, unknown>) => string
    expect(it('scena:errTooLong', { count: 1, length: 2 })).toBe('Al massimo 1 carattere (questo testo ne ha 2).')
    expect(it('scena:errTooLong', { count: 300, length: 320 })).toBe(
      'Al massimo 300 caratteri (questo testo ne ha 320).',
    )
    expect(en('scena:errTooLong', { count: 1, length: 2 })).toBe('At most 1 character (this text has 2).')
    expect(en('scena:errTooLong', { count: 300, length: 320 })).toBe('At most 300 characters (this text has 320).')
  })
})

describe('API refusals: a stable code, said in the client’s language', () => {
  const conditions = Array.from({ length: 150 }, (_, i) => `where[or][${i}][order][equals]=${i}`).join('&')
  it.each([
    [
      '/api/faqs/abc',
      'apiInvalidId',
      `ID non valido «abc»: gli ID di faqs sono numeri interi da 1 a ${MAX_ID}.`,
      `Invalid id “abc”: faqs ids are whole numbers from 1 to ${MAX_ID}.`,
    ],
    [
      '/api/faqs?page=0',
      'apiInvalidPage',
      'Pagina non valida «0»: usa un numero intero da 1 a 100000.',
      'Invalid page “0”: use a whole number from 1 to 100000.',
    ],
    [
      '/api/faqs?limit=-1',
      'apiInvalidLimit',
      'Limite non valido «-1»: usa un numero intero (0 o più).',
      'Invalid limit “-1”: use a whole number (0 or more).',
    ],
    [
      '/api/faqs?depth=99',
      'apiInvalidDepth',
      'Profondità non valida «99»: usa un numero intero da 0 a 10.',
      'Invalid depth “99”: use a whole number from 0 to 10.',
    ],
    [
      '/api/faqs?sort=nope',
      'apiUnknownSort',
      'Non puoi ordinare faqs per «nope»: il campo non esiste.',
      'Cannot sort faqs by “nope”: no such field.',
    ],
    [
      `/api/faqs?${conditions}`,
      'apiTooManyConditions',
      'La richiesta ha troppe condizioni (al massimo 100).',
      'The query has too many conditions (at most 100).',
    ],
    [
      '/api/faqs?where[order][near]=1,2',
      'apiUnsupportedOperator',
      'Il campo «order» non ammette l’operatore «near».',
      '“order” cannot be queried with “near”.',
    ],
    [
      '/api/faqs?locale=fr',
      'apiUnknownLocale',
      'Valore sconosciuto «fr» per locale: usa it, en oppure all.',
      'Unknown locale “fr”: use one of it, en or all.',
    ],
    [
      '/api/faqs?where=notjson',
      'apiMalformedJson',
      'La richiesta contiene JSON non valido.',
      'The request contains malformed JSON.',
    ],
    [
      '/api/faqs/%ZZ',
      'apiMalformedAddress',
      'L’indirizzo non è valido: contiene una codifica con «%» non corretta.',
      'The address is not valid: it contains a malformed percent-escape.',
    ],
    [
      '/api/faqs?where[_status][equals]=nonsense',
      'apiValueDoesNotFit',
      'Un valore della richiesta non è compatibile con il campo a cui si riferisce.',
      'A value in the request does not fit the field it is compared with.',
    ],
  ])('%s: %s', async (path, code, italian, english) => {
    for (const [language, message] of [
      ['it', italian],
      ['en', english],
    ] as const) {
      const res = await rest('GET', path, { headers: inLanguage(language) })
      expect(res.status, res.text).toBe(400)
      expect(res.json.errors[0].message).toBe(message)
      expect(res.json.errors[0].data).toEqual({ code })
    }
  })

  it.each([
    ['announced (Content-Length)', true],
    ['streamed', false],
  ])('a body over the limit, %s: 413 apiBodyTooLarge', async (_, announced) => {
    const body = JSON.stringify({ question: 'x'.repeat(1100 * 1024) })
    for (const [language, message] of [
      ['it', 'Il corpo della richiesta supera i 1024 kB consentiti qui.'],
      ['en', 'The request body is larger than the 1024 kB allowed here.'],
    ] as const) {
      const res = await rest('POST', '/api/faqs?locale=it', {
        token: staff.editor,
        body,
        headers: { ...inLanguage(language), ...(announced ? { 'Content-Length': String(body.length) } : {}) },
      })
      expect(res.status, res.text).toBe(413)
      expect(res.json.errors[0]).toMatchObject({ message, data: { code: 'apiBodyTooLarge' } })
    }
  })

  it('the internal revalidation with its token but no list of changes: 400 apiInvalidChanges', async () => {
    for (const [language, message] of [
      [
        'it',
        'Invia { "changes": [{ "paths": [...], "removed"?: true }] }: al massimo 500 percorsi che iniziano con «/».',
      ],
      ['en', 'Send { "changes": [{ "paths": [...], "removed"?: true }] }: at most 500 paths starting with “/”.'],
    ] as const) {
      const res = await rest('POST', '/api/internal/revalidate', {
        body: { changes: 'everything' },
        headers: { ...inLanguage(language), [INTERNAL_TOKEN_HEADER]: internalToken() },
      })
      expect(res.status, res.text).toBe(400)
      expect(res.json.errors[0]).toMatchObject({ message, data: { code: 'apiInvalidChanges' } })
    }
  })

  it('the internal revalidation without its token: 403 apiNotAllowed', async () => {
    for (const [language, message] of [
      ['it', 'Non consentito.'],
      ['en', 'Not allowed.'],
    ] as const) {
      const res = await rest('POST', '/api/internal/revalidate', {
        body: { changes: [] },
        headers: inLanguage(language),
      })
      expect(res.status, res.text).toBe(403)
      expect(res.json.errors[0]).toMatchObject({ message, data: { code: 'apiNotAllowed' } })
    }
  })
})

describe('Payload’s own strings, overridden where a native would not write them', () => {
  it.each([
    ['it', 'version:saveDraft', 'Salva bozza'],
    ['it', 'general:locale', 'Lingua'],
    ['it', 'general:edit', 'Modifica'],
    ['it', 'general:createNew', 'Crea nuovo'],
    ['it', 'general:cancel', 'Annulla'],
    ['it', 'version:publishChanges', 'Pubblica le modifiche'],
    ['en', 'version:saveDraft', 'Save draft'],
    ['en', 'general:locale', 'Language'],
    ['en', 'general:createNew', 'Create new'],
    ['en', 'authentication:logOut', 'Sign out'],
  ] as const)('%s %s: %s', async (language, key, text) => {
    const t = (await adminI18n(language)).t as (key: string) => string
    expect(t(key)).toBe(text)
  })

  it('overrides only strings Payload has, in both languages, and never asks “Sei sicuro?”', async () => {
    const { payloadStrings } = await import('../../src/i18n/payloadStrings')
    const { it: stockIt } = await import('@payloadcms/translations/languages/it')
    const { en: stockEn } = await import('@payloadcms/translations/languages/en')
    for (const [language, stock] of [
      ['it', stockIt],
      ['en', stockEn],
    ] as const) {
      for (const [namespace, strings] of Object.entries(payloadStrings[language])) {
        const known = (stock.translations as Record<string, Record<string, string>>)[namespace] ?? {}
        for (const key of Object.keys(strings)) {
          const base = key.replace(/_(one|many|other)$/, '')
          expect(key in known || `${base}_other` in known, `${language} ${namespace}:${key}`).toBe(true)
        }
      }
    }
    expect(JSON.stringify(payloadStrings.it)).not.toMatch(/Sei sicur|\.\.\.|con successo/)
    expect(JSON.stringify(payloadStrings.en)).not.toMatch(/Are you sure|\.\.\./)
  })
})

describe('a required field left empty when publishing one language', () => {
  it.each([
    ['it', 'Obbligatorio per pubblicare in inglese.'],
    ['en', 'Required to publish in English.'],
  ] as const)('%s', async (language, message) => {
    const id = await createFaq(`Da pubblicare ${uniqueTag()}`)
    const res = await rest('PATCH', `/api/faqs/${id}?locale=en`, {
      token: staff.editor,
      headers: inLanguage(language),
      body: { question: '', _status: 'published' },
    })
    expect(res.status, res.text).toBe(400)
    expect(res.json.errors[0].data.errors).toContainEqual(expect.objectContaining({ path: 'question', message }))
  })
})
