import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import config from '@payload-config'
import { REST_GET } from '@payloadcms/next/routes'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import js2xliff from 'xliff/js2xliff'
import { describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { readXliff } from '../../src/translation/xliff/parse'
import { saxReason } from '../../src/translation/xliff/xml'
import {
  decodePlainText,
  decodeRichText,
  encodeRichText,
  knownNodes,
  type LexicalNode,
} from '../../src/translation/xliff/richText'
import { forWriter } from '../../src/translation/xliff/text'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'
import { withStaff } from './support/staff'

const staff = withStaff()

// ---------------------------------------------------------------------------------------------
// helpers

type Doc = { root: LexicalNode }

const markdown = async (text: string): Promise<Doc> =>
  convertMarkdownToLexical({
    editorConfig: await editorConfigFactory.default({ config: staff.payload.config }),
    markdown: text,
  })

/** Every text node's text mapped, the rest of the document as it is. */
function mapTexts(doc: Doc, map: (text: string) => string): Doc {
  const walk = (node: LexicalNode): LexicalNode => ({
    ...node,
    ...(typeof node.text === 'string' && node.type === 'text' ? { text: map(node.text) } : {}),
    ...(node.children ? { children: node.children.map(walk) } : {}),
  })
  return { root: walk(doc.root) }
}

const replaceAll = (pairs: Array<[string, string]>) => (text: string) =>
  pairs.reduce((t, [from, to]) => t.split(from).join(to), text)

async function createFaq(question: string, answer: Doc): Promise<number> {
  const res = await rest('POST', '/api/faqs?locale=it', {
    token: staff.editor,
    body: { question, answer, section: 'the-role', _status: 'published' },
  })
  expect(res.status, res.text).toBe(201)
  return res.json.doc.id as number
}

const translate = (id: number, data: Record<string, unknown>) =>
  rest('PATCH', `/api/faqs/${id}?locale=en&draft=true`, {
    token: staff.translator,
    body: { ...data, _status: 'draft' },
  })

const exportFile = (query: string, token = staff.translator) => rest('GET', `/api/xliff/export?${query}`, { token })

/** The export's response itself, for its headers (the shared helper keeps only status and body). */
const GET = REST_GET(config)
const download = (query: string) =>
  GET(
    new Request(`http://localhost:3000/api/xliff/export?${query}`, {
      headers: { Authorization: `JWT ${staff.translator}` },
    }),
    { params: Promise.resolve({ slug: ['xliff', 'export'] }) },
  )

const importFile = (xml: string, token = staff.translator) =>
  rest('POST', '/api/xliff/import', { token, body: xml, headers: { 'Content-Type': 'application/xliff+xml' } })

const unitIds = (xml: string) => [...xml.matchAll(/<unit id="([^"]+)"/g)].map((m) => m[1]!)
const unitId = (xml: string, prefix: string) => {
  const id = unitIds(xml).find((u) => u.startsWith(prefix))
  expect(id, `a unit ${prefix}… in ${xml}`).toBeDefined()
  return id!
}
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const unitPattern = (id: string) =>
  new RegExp(`(<unit id="${escapeRe(id)}"[^>]*>[\\s\\S]*?<source>([\\s\\S]*?)</source>)(<target>[\\s\\S]*?</target>)?`)

/** The inner XML of a unit's source. */
const sourceOf = (xml: string, id: string) => unitPattern(id).exec(xml)?.[2] ?? ''

/** The file with this unit's target replaced by the given inner XML, as a staff.translator would. */
const withTarget = (xml: string, id: string, target: string) => {
  expect(unitPattern(id).test(xml), `unit ${id} in the file`).toBe(true)
  return xml.replace(unitPattern(id), (_all, head: string) => `${head}<target>${target}</target>`)
}

async function englishOf(id: number) {
  const doc = await staff.payload.findByID({
    collection: 'faqs',
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  const record = doc as unknown as Record<string, Record<string, unknown>>
  return { question: record.question?.en, answer: record.answer?.en as Doc | null | undefined, doc }
}

/** Everything stored about these FAQs: latest versions in all locales and the number of versions. */
async function snapshot(ids: number[]) {
  const { docs } = await staff.payload.find({
    collection: 'faqs',
    locale: 'all',
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    where: { id: { in: ids } },
  })
  const { totalDocs } = await staff.payload.countVersions({ collection: 'faqs', where: { parent: { in: ids } } })
  return { docs, versions: totalDocs }
}

async function statusOf(id: number) {
  const res = await rest('GET', '/api/translation-status?collection=faqs', { token: staff.translator })
  expect(res.status, res.text).toBe(200)
  return res.json.faqs.entries.find((e: { id: number }) => e.id === id) as { status: string }
}

/** encode → XLIFF file → parse → decode, as a staff.translator who copies each source into the target. */
async function roundTrip(doc: Doc): Promise<Doc> {
  const { content } = encodeRichText(doc)
  const xml = await js2xliff(
    {
      sourceLanguage: 'it',
      targetLanguage: 'en',
      resources: { faqs: { 'faqs.1.answer.0123456789abcdef': { source: content, target: content } } },
    },
    { indent: '' },
  )
  const [unit] = readXliff(xml)
  return decodeRichText(unit!.target!, knownNodes(doc, null))
}

// ---------------------------------------------------------------------------------------------

describe('XLIFF rich-text encoding', () => {
  const text = (value: string, format = 0) => ({
    detail: 0,
    format,
    mode: 'normal',
    style: '',
    text: value,
    type: 'text',
    version: 1,
  })
  const block = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}) => ({
    children,
    direction: 'ltr',
    format: '',
    indent: 0,
    type,
    version: 1,
    ...extra,
  })

  it('keeps every node the admin staff.editor writes (a target copied from the source gives the same document)', async () => {
    const fromEditor = await markdown(
      [
        '# Titolo',
        '### Sottotitolo',
        'Testo con **grassetto**, *corsivo*, ~~barrato~~, `codice` e un [collegamento](https://example.org/it) — fine.',
        '> Una citazione',
        '- uno\n- due\n  - annidato\n- tre',
        '1. primo\n2. secondo',
      ].join('\n\n'),
    )
    expect(JSON.stringify(fromEditor)).toContain('"type":"link"')
    expect(await roundTrip(fromEditor)).toEqual(fromEditor)

    const handmade: Doc = {
      root: block('root', [
        block(
          'paragraph',
          [
            text('sottolineato', 8),
            text(' '),
            text('tutto', 1 | 2 | 4 | 16 | 32),
            { type: 'linebreak', version: 1 },
            text('su', 64),
          ],
          { format: 'center', indent: 2, textFormat: 0, textStyle: '' },
        ),
        block('list', [block('listitem', [text('fatto')], { value: 1, checked: true })], {
          listType: 'check',
          start: 1,
          tag: 'ul',
        }),
        { type: 'upload', version: 3, format: '', id: 'abc', fields: null, relationTo: 'media', value: 7 },
        { type: 'horizontalrule', version: 1 },
        block('heading', [text('Sei')], { tag: 'h6' }),
      ]),
    }
    expect(await roundTrip(handmade)).toEqual(handmade)
  })

  it('keeps whitespace exactly, in plain and rich text', async () => {
    const plain = '  due spazi,\n\tuna tabulazione e R&amp;D & <tag>  '
    const rich: Doc = {
      root: block('root', [
        block('paragraph', [text(' a ', 1), text(' '), text('b', 2), text('  c  ')], { textFormat: 0, textStyle: '' }),
      ]),
    }
    const xml = await js2xliff(
      {
        sourceLanguage: 'it',
        targetLanguage: 'en',
        resources: {
          faqs: {
            'faqs.1.question.0123456789abcdef': { source: forWriter(plain), target: forWriter(plain) },
            'faqs.1.answer.0123456789abcdef': {
              source: encodeRichText(rich).content,
              target: encodeRichText(rich).content,
            },
          },
        },
      },
      { indent: '' },
    )
    const [question, answer] = readXliff(xml)
    expect(decodePlainText(question!.target!)).toBe(plain)
    expect(decodeRichText(answer!.target!, knownNodes(rich, null))).toEqual(rich)
  })
})

describe('XLIFF export and import', () => {
  it('round-trips text and rich text (heading, bold, link) and completes the translation', async () => {
    const tag = uniqueTag()
    const term = `coordinamento${tag}`
    await staff.payload.create({
      collection: 'glossary',
      data: { term, translation: 'intimacy coordination', note: 'never "sex scene"' },
      overrideAccess: true,
    })
    const italian = await markdown(
      '## Il ruolo\n\nTesto con **grassetto** e un [collegamento](https://example.org/it) alla pagina.',
    )
    const id = await createFaq(`Che cos'è il ${term}?`, italian)

    const res = await exportFile(`collection=faqs&ids=${id}`)
    expect(res.status, res.text).toBe(200)
    const xml = res.text
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff [^>]*version="2.0" srcLang="it" trgLang="en"/,
    )
    const question = unitId(xml, `faqs.${id}.question.`)
    const answer = unitId(xml, `faqs.${id}.answer.`)
    expect(unitIds(xml)).toEqual([question, answer])
    expect(question).toMatch(/^faqs\.\d+\.question\.[0-9a-f]{16}$/)
    expect(xml).toContain(`<note>Glossary: ${term} → intimacy coordination (never "sex scene")</note>`)
    expect(xml).not.toContain('example.org')
    expect(xml).not.toContain('<target>')

    const toEnglish = replaceAll([
      ['Il ruolo', 'The role'],
      ['Testo con ', 'Text with '],
      ['grassetto', 'bold'],
      [' e un ', ' and a '],
      ['collegamento', 'link'],
      [' alla pagina.', ' to the page.'],
    ])
    let edited = withTarget(xml, question, `What is ${term}?`)
    edited = withTarget(edited, answer, toEnglish(sourceOf(xml, answer)))
    const imported = await importFile(edited)
    expect(imported.status, imported.text).toBe(200)
    expect(imported.json).toEqual({
      applied: 2,
      conflicts: 0,
      rejected: 0,
      units: [
        { id: question, result: 'applied' },
        { id: answer, result: 'applied' },
      ],
    })

    const english = await englishOf(id)
    expect(english.question).toBe(`What is ${term}?`)
    const stored = (english.doc as unknown as { answer: { it: Doc } }).answer.it
    expect(english.answer).toEqual(mapTexts(stored, toEnglish))
    expect(JSON.stringify(english.answer)).toContain('https://example.org/it')
    expect((english.doc as { _status?: string })._status).toBe('draft')
    expect((await statusOf(id)).status).toBe('complete')
    // Nothing left to do: the needs-work export of this entry is empty.
    expect((await exportFile(`collection=faqs&ids=${id}`)).status).toBe(404)
  })

  it('exports what needs work (missing or outdated fields), or everything', async () => {
    const complete = await createFaq(`Completa ${uniqueTag()}`, paragraphsToLexical(['Risposta completa']))
    expect(
      (await translate(complete, { question: 'Complete', answer: paragraphsToLexical(['Complete answer']) })).status,
    ).toBe(200)
    const missing = await createFaq(`Mancante ${uniqueTag()}`, paragraphsToLexical(['Risposta mancante']))

    const response = await download(`collection=faqs&ids=${complete},${missing}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/xliff+xml; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="scena-faqs-en.xlf"')
    const needsWork = { text: await response.text() }
    expect(unitIds(needsWork.text).map((u) => u.split('.').slice(1, 3).join('.'))).toEqual([
      `${missing}.question`,
      `${missing}.answer`,
    ])

    const all = await exportFile(`collection=faqs&scope=all&ids=${complete},${missing}`)
    expect(unitIds(all.text)).toHaveLength(4)
    expect(all.text).toContain('<target>Complete</target>')

    // The Italian answer changes: only that field is outdated, exported with its English target.
    await rest('PATCH', `/api/faqs/${complete}?locale=it`, {
      token: staff.editor,
      body: { answer: paragraphsToLexical(['Risposta riscritta']) },
    })
    const outdated = await exportFile(`collection=faqs&ids=${complete}`)
    expect(unitIds(outdated.text)).toEqual([unitId(outdated.text, `faqs.${complete}.answer.`)])
    expect(outdated.text).toMatch(
      /<target><pc id="tb1" type="other" subType="x-scena:p">Complete answer<\/pc><\/target>/,
    )

    const everything = await download('')
    expect(everything.status).toBe(200)
    expect(everything.headers.get('content-disposition')).toBe('attachment; filename="scena-all-en.xlf"')
    expect(await everything.text()).toContain(`faqs.${missing}.question.`)
  })

  it('answers 400 for bad export parameters, 404 when there is nothing to export', async () => {
    const id = await createFaq(`Parametri ${uniqueTag()}`, paragraphsToLexical(['Risposta']))
    for (const [query, message] of [
      ['scope=some', /Unknown scope “some”/],
      ['collection=faqs&ids=1;2', /Invalid IDs/],
      [`ids=${id}`, /Give the collection/],
      ['collection=users', /Unknown collection “users”/],
      ['collection=faqs&ids=999999999', /No faqs with ID 999999999\./],
      ['collection=faqs&ids=999999998,999999999', /No faqs with IDs 999999998, 999999999\./],
    ] as const) {
      const res = await exportFile(query)
      expect(res.status, query).toBe(400)
      expect(res.json.errors[0].message).toMatch(message)
    }
    await translate(id, { question: 'Parameters', answer: paragraphsToLexical(['Answer']) })
    const nothing = await exportFile(`collection=faqs&ids=${id}`)
    expect(nothing.status).toBe(404)
    expect(nothing.json.errors[0].message).toMatch(/Nothing to translate/)
  })

  it('refuses a file it cannot trust or read as a whole, writing nothing', async () => {
    const id = await createFaq(`Rifiuti ${uniqueTag()}`, paragraphsToLexical(['Risposta']))
    const xml = (await exportFile(`collection=faqs&ids=${id}`)).text
    const good = withTarget(xml, unitId(xml, `faqs.${id}.question.`), 'Refused')
    const before = await snapshot([id])

    // Not well formed: the reason is a code of ours, said in words of ours, with where it is.
    const malformed = (reason: string) => ({
      code: 'xliffMalformed',
      reason,
      line: expect.any(Number),
      column: expect.any(Number),
    })
    const cases: Array<[string, string, RegExp, string | Record<string, unknown>]> = [
      [
        'malformed',
        good.replace('</file>', ''),
        /XML is malformed \(line \d+, column \d+\): a closing tag/,
        malformed('xmlMismatchedTag'),
      ],
      ['truncated', good.slice(0, good.length / 2), /XML is malformed/, malformed('xmlTruncated')],
      [
        'bare ampersand',
        good.replace('Refused', 'R&D'),
        /an “&” that does not start an entity \(in text, write &amp;\)/,
        malformed('xmlBareAmpersand'),
      ],
      [
        'bare less-than',
        good.replace('Refused', '1 < 2'),
        /a “<” that does not open a tag \(in text, write &lt;\)/,
        malformed('xmlBareLessThan'),
      ],
      [
        'attribute',
        good.replace('<file ', '<file translate=yes '),
        /an attribute is badly written/,
        malformed('xmlBadAttribute'),
      ],
      ['tag', good.replace('</file>', '</file x>'), /a tag is badly written/, malformed('xmlBadTag')],
      [
        'comment',
        good.replace('<file ', '<!-- a -- b --><file '),
        /a comment contains “--”/,
        malformed('xmlMalformedComment'),
      ],
      ['text outside', `${good}!`, /text outside the root element/, malformed('xmlOutsideRoot')],
      [
        'XXE',
        good
          .replace('<xliff', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xliff')
          .replace('Refused', '&xxe;'),
        /DOCTYPE or ENTITY declarations, which are not allowed/,
        'xliffDoctype',
      ],
      [
        'version 1.2',
        good.replace('version="2.0"', 'version="1.2"'),
        /XLIFF version 1.2 is not supported/,
        'xliffVersion',
      ],
      ['no version', good.replace('version="2.0"', ''), /does not give its XLIFF version/, 'xliffNoVersion'],
      [
        'source language',
        good.replace('srcLang="it"', 'srcLang="fr"'),
        /source language is “fr”/,
        'xliffSourceLanguage',
      ],
      [
        'target language',
        good.replace('trgLang="en"', 'trgLang="de"'),
        /target language is “de”/,
        'xliffTargetLanguage',
      ],
      [
        'not XLIFF',
        '<html><body>hello</body></html>',
        /not an XLIFF file \(the root element is <html>\)/,
        'xliffNotXliff',
      ],
      ['empty', '', /Send the XLIFF file/, 'errNoFile'],
      ['unknown entity', good.replace('Refused', '&nbsp;'), /unknown entity/, malformed('xmlUnknownEntity')],
    ]
    for (const [name, body, message, data] of cases) {
      const res = await importFile(body)
      expect(res.status, `${name}: ${res.text}`).toBe(400)
      expect(res.json.errors[0].message, name).toMatch(message)
      expect(res.json.errors[0].message, name).toMatch(name === 'empty' ? /^Send/ : /^The file cannot be imported: /)
      expect(res.json.errors[0].data, name).toEqual(typeof data === 'string' ? { code: data } : data)
      // Never the XML parser's own words (sax's messages: "Unencoded <", "Attribute without value", …).
      expect(res.text, name).not.toMatch(
        /Unencoded|Unmatched|Unclosed|Unexpected|Invalid|without value|Malformed comment|Non-whitespace|Text data/,
      )
    }
    expect(await snapshot([id])).toEqual(before)
    // The same file, untampered, is accepted: the cases above failed for their own reason.
    expect((await importFile(good)).json.applied).toBe(1)
  })

  it('has a reason of its own for every message the XML parser can raise', () => {
    // sax's messages, as its source spells them; a release that adds one fails here until it has a reason.
    const source = readFileSync(createRequire(import.meta.url).resolve('sax'), 'utf8')
    const messages = [...source.matchAll(/(?:strictFail|error)\(\s*parser,\s*'([^']+)'/g)].map((m) => m[1]!)
    expect(messages.length).toBeGreaterThan(15)
    // Never raised with our options or input: namespaces (xmlns: false), a DOCTYPE (refused before
    // parsing), entity expansion (unparsedEntities: false), the buffer limit (one write), a write after
    // close, the declared encoding (only sax's streams know the bytes' encoding; we give it text).
    const unreachable =
      /^(Unbound namespace|xml: prefix|xmlns: prefix|Inappropriately located doctype|Parsed entity|Max buffer|Cannot write|XML declaration encoding)/
    for (const message of messages.filter((m) => !unreachable.test(m)))
      expect(saxReason(message).code, message).not.toBe('xmlSyntax')
  })

  it('rejects units that name nothing known, or a link not in the source, and skips empty targets', async () => {
    const italian = await markdown('Vedi [il sito](https://example.org/it).')
    const id = await createFaq(`Sconosciuti ${uniqueTag()}`, italian)
    await translate(id, { question: 'Known English' })
    const xml = (await exportFile(`collection=faqs&scope=all&ids=${id}`)).text
    const question = unitId(xml, `faqs.${id}.question.`)
    const answer = unitId(xml, `faqs.${id}.answer.`)
    const fp = question.split('.')[3]
    const extra = (unit: string, target: string) =>
      `<unit id="${unit}"><segment><source>x</source><target>${target}</target></segment></unit>`
    const file = withTarget(
      withTarget(xml, answer, sourceOf(xml, answer).replace('id="l1"', 'id="l9"')),
      question,
      '',
    ).replace(
      '</file>',
      [
        extra(`users.${id}.email.${fp}`, 'x'),
        extra(`faqs.999999999.question.${fp}`, 'x'),
        extra(`faqs.99999999999.question.${fp}`, 'x'),
        extra(`faqs.${id}.section.${fp}`, 'x'),
        extra('hello', 'x'),
      ].join('') + '</file>',
    )
    const before = await snapshot([id])
    const res = await importFile(file)
    expect(res.status, res.text).toBe(200)
    expect(res.json).toMatchObject({ applied: 0, conflicts: 0, rejected: 6 })
    const reasons = Object.fromEntries(res.json.units.map((u: { id: string }) => [u.id, u]))
    expect(reasons[question]).toMatchObject({ result: 'skipped' })
    expect(reasons[answer]).toMatchObject({
      result: 'rejected',
      code: 'importUnreadable',
      reason: expect.stringMatching(/^The target cannot be read: link l9 is not in the Italian source/),
    })
    expect(reasons[`users.${id}.email.${fp}`].reason).toMatch(/Unknown collection “users”/)
    expect(reasons[`faqs.999999999.question.${fp}`].reason).toMatch(/No faqs with ID 999999999/)
    // Beyond PostgreSQL's integer ids: refused by the unit, never sent to the database.
    expect(reasons[`faqs.99999999999.question.${fp}`].reason).toMatch(/Not a unit ID/)
    expect(reasons[`faqs.${id}.section.${fp}`].reason).toMatch(/“section” is not a translatable field/)
    expect(reasons.hello.reason).toMatch(/Not a unit ID/)
    expect(await snapshot([id])).toEqual(before)
    expect((await englishOf(id)).question).toBe('Known English')
  })

  it('reports a unit whose Italian changed since the export as a conflict, and applies the rest', async () => {
    const stale = await createFaq(`Vecchia ${uniqueTag()}`, paragraphsToLexical(['Risposta']))
    const fresh = await createFaq(`Fresca ${uniqueTag()}`, paragraphsToLexical(['Risposta']))
    const xml = (await exportFile(`collection=faqs&ids=${stale},${fresh}`)).text
    const staleUnit = unitId(xml, `faqs.${stale}.question.`)
    const freshUnit = unitId(xml, `faqs.${fresh}.question.`)
    const file = withTarget(withTarget(xml, staleUnit, 'Old question'), freshUnit, 'Fresh question')

    expect(
      (
        await rest('PATCH', `/api/faqs/${stale}?locale=it`, {
          token: staff.editor,
          body: { question: 'Nuova domanda' },
        })
      ).status,
    ).toBe(200)
    const before = await snapshot([stale])
    const res = await importFile(file)
    expect(res.status, res.text).toBe(200)
    expect(res.json).toMatchObject({ applied: 1, conflicts: 1, rejected: 0 })
    expect(res.json.units).toContainEqual({
      id: staleUnit,
      result: 'conflict',
      code: 'importItalianChanged',
      reason: expect.stringMatching(/Italian text has changed/),
    })
    expect(await snapshot([stale])).toEqual(before)
    expect((await englishOf(fresh)).question).toBe('Fresh question')
  })

  it('rolls everything back when a write fails half-way', async () => {
    const first = await createFaq(`Prima ${uniqueTag()}`, paragraphsToLexical(['Risposta']))
    const second = await createFaq(`Seconda ${uniqueTag()}`, paragraphsToLexical(['Risposta']))
    const xml = (await exportFile(`collection=faqs&ids=${first},${second}`)).text
    const firstUnit = unitId(xml, `faqs.${first}.question.`)
    const secondUnit = unitId(xml, `faqs.${second}.question.`)
    const file = withTarget(withTarget(xml, firstUnit, 'First'), secondUnit, 'Second')
    const before = await snapshot([first, second])

    // The database fails on the second document, after the first one's version was written.
    const { createVersion } = staff.payload.db
    let writes = 0
    staff.payload.db.createVersion = (async (args: Parameters<typeof createVersion>[0]) => {
      if (++writes === 2) throw new Error('simulated database failure')
      return createVersion.call(staff.payload.db, args)
    }) as typeof createVersion
    let res
    try {
      res = await importFile(file)
    } finally {
      staff.payload.db.createVersion = createVersion
    }
    expect(writes).toBe(2)
    expect(res.status, res.text).toBe(500)
    expect(res.json.applied).toBe(0)
    const questions = res.json.units.filter((u: { id: string }) => u.id.includes('.question.'))
    expect(questions.map((u: { id: string }) => u.id).sort()).toEqual([firstUnit, secondUnit].sort())
    expect(
      questions
        .map((u: { result: string; code: string; reason: string }) => `${u.result} ${u.code}: ${u.reason}`)
        .sort(),
    ).toEqual([
      expect.stringMatching(
        /^rejected importNotSaved: Could not be saved: a server error; nothing from this file was saved/,
      ),
      expect.stringMatching(
        /^rejected importRolledBack: Not applied: the import was rolled back because units? faqs\.\d+\.question\./,
      ),
    ])
    expect(res.text).not.toContain('simulated database failure')
    expect(await snapshot([first, second])).toEqual(before)
  })

  it('is for signed-in staff, and bounds the file size', async () => {
    expect((await rest('GET', '/api/xliff/export')).status).toBe(401)
    const anonymous = await rest('POST', '/api/xliff/import', {
      body: '<xliff/>',
      headers: { 'Content-Type': 'application/xml' },
    })
    expect(anonymous.status).toBe(401)

    const huge = `<xliff version="2.0" srcLang="it" trgLang="en"><!--${'x'.repeat(5 * 1024 * 1024)}--></xliff>`
    const res = await importFile(huge)
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toMatch(/larger than 5 MB/)
  })
})

describe('re-importing unchanged English', () => {
  it('skips units identical to the stored English, adding no draft version', async () => {
    const answer = await markdown('Una **risposta** con [un link](https://example.org).')
    const id = await createFaq(`Domanda invariata ${Date.now()}`, answer)
    const english = mapTexts(
      answer,
      replaceAll([
        ['Una ', 'An '],
        ['risposta', 'answer'],
        [' con ', ' with '],
        ['un link', 'a link'],
      ]),
    )
    expect((await translate(id, { question: 'Unchanged question', answer: english })).status).toBe(200)
    const exported = await exportFile(`collection=faqs&scope=all&ids=${id}`)
    expect(exported.status).toBe(200)
    const versions = async () =>
      (await staff.payload.countVersions({ collection: 'faqs', where: { parent: { equals: id } } })).totalDocs
    const before = await versions()
    const report = await importFile(exported.text)
    expect(report.status, report.text).toBe(200)
    expect(report.json).toMatchObject({ applied: 0, conflicts: 0, rejected: 0 })
    expect(report.json.units.map((u: { result: string; reason: string }) => u.reason)).toEqual([
      'Same as the current English.',
      'Same as the current English.',
    ])
    expect(await versions()).toBe(before)
  })
})
