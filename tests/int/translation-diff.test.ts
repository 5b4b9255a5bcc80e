import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { DIFF_TIMEOUT_MS, type DiffPart, wordDiff } from '../../src/translation/diff'
import { fingerprint } from '../../src/translation/fingerprint'
import { placeSuggestion } from '../../src/translation/placeSuggestion'
import { MAX_KEPT_SOURCE_CHARS } from '../../src/translation/previousSource'
import { plainSource } from '../../src/translation/sourceText'
import { readXliff } from '../../src/translation/xliff/parse'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'
import { withStaff } from './support/staff'

const staff = withStaff()

// ---------------------------------------------------------------------------------------------
// helpers

async function createFaq(question: string, answer: string[] | object, slug?: string): Promise<number> {
  const res = await rest('POST', '/api/faqs?locale=it', {
    token: staff.editor,
    body: {
      ...(slug ? { slug } : {}),
      question,
      answer: Array.isArray(answer) ? paragraphsToLexical(answer) : answer,
      section: 'the-role',
      _status: 'published',
    },
  })
  expect(res.status, res.text).toBe(201)
  return res.json.doc.id as number
}

async function editItalian(id: number, data: Record<string, unknown>) {
  const res = await rest('PATCH', `/api/faqs/${id}?locale=it`, { token: staff.editor, body: data })
  expect(res.status, res.text).toBe(200)
}

async function translate(id: number, data: Record<string, unknown>) {
  const res = await rest('PATCH', `/api/faqs/${id}?locale=en&draft=true`, {
    token: staff.translator,
    body: { ...data, _status: 'draft' },
  })
  expect(res.status, res.text).toBe(200)
}

interface FieldSource {
  status: string
  sourceText: string
  sourceFingerprint: string
  previousSource: string | null
  diff: DiffPart[] | null
  changes: { status: string; inserted?: number; deleted?: number }
  suggestions: Array<{
    scope: 'field' | 'paragraph'
    paragraph?: number
    italian: string
    english: string
    value: unknown
    origin: Record<string, unknown>
  }>
}

async function sourceOf(id: number): Promise<Record<string, FieldSource>> {
  const res = await rest('GET', `/api/translation-source?collection=faqs&id=${id}`, { token: staff.translator })
  expect(res.status, res.text).toBe(200)
  return res.json.fields
}

/** A diff read back: the text before (equal + delete) and after (equal + insert). */
const sides = (diff: DiffPart[]) => ({
  before: diff
    .filter((p) => p.op !== 'insert')
    .map((p) => p.text)
    .join(''),
  after: diff
    .filter((p) => p.op !== 'delete')
    .map((p) => p.text)
    .join(''),
})

const exportFile = async (query: string) => {
  const res = await rest('GET', `/api/xliff/export?${query}`, { token: staff.translator })
  expect(res.status, res.text).toBe(200)
  return res.text
}
const unitXml = (xml: string, prefix: string) => {
  const match = new RegExp(`<unit id="${prefix.replace(/\./g, '\\.')}[^"]*"[\\s\\S]*?</unit>`).exec(xml)
  expect(match, `a unit ${prefix}… in the export`).not.toBeNull()
  return match![0]
}
const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

// ---------------------------------------------------------------------------------------------

describe('the kept Italian (plain text)', () => {
  it('has the fingerprint of the value it was read from, for text and every kind of rich text', async () => {
    const editorConfig = await editorConfigFactory.default({ config: staff.payload.config })
    const doc = convertMarkdownToLexical({
      editorConfig,
      markdown: [
        '# Titolo',
        'Testo con **grassetto**, *corsivo* e un [collegamento](https://example.org) — fine.',
        '> Una citazione',
        '- uno\n- due\n  - annidato\n- tre',
        'riga uno  \nriga due',
      ].join('\n\n'),
    })
    expect(fingerprint(plainSource(doc))).toBe(fingerprint(doc))
    expect(plainSource(doc)).toBe(
      'Titolo\n\nTesto con grassetto, corsivo e un collegamento — fine.\n\nUna citazione\n\nuno\ndue\nannidato\ntre\n\nriga uno\nriga due',
    )
    expect(plainSource('  Una domanda  ')).toBe('  Una domanda  ')
    expect(fingerprint(plainSource('  Una   domanda '))).toBe(fingerprint('  Una   domanda '))
    expect(plainSource(null)).toBe('')
  })
})

describe('word-level diff of the Italian since the English was translated', () => {
  it('keeps the previous Italian and gives an exact diff: an inserted sentence, a changed word', async () => {
    const tag = uniqueTag()
    const id = await createFaq(`Chi coordina le scene ${tag}?`, [
      'La coordinatrice lavora con la regia.',
      'Protegge gli interpreti sul set.',
    ])
    await translate(id, {
      question: `Who coordinates the scenes ${tag}?`,
      answer: paragraphsToLexical(['The coordinator works with the director.', 'They protect performers on set.']),
    })
    const before = await sourceOf(id)
    expect(before.answer!.status).toBe('complete')
    expect(before.answer!.previousSource).toBe(
      'La coordinatrice lavora con la regia.\n\nProtegge gli interpreti sul set.',
    )
    expect(before.answer!.diff).toEqual([
      { op: 'equal', text: 'La coordinatrice lavora con la regia.\n\nProtegge gli interpreti sul set.' },
    ])

    await editItalian(id, {
      question: `Chi prepara le scene ${tag}?`,
      answer: paragraphsToLexical([
        'La coordinatrice lavora con la regia. Prepara ogni scena in anticipo.',
        'Protegge gli interpreti sul set.',
      ]),
    })
    const after = await sourceOf(id)
    expect(after.answer).toMatchObject({
      status: 'outdated',
      previousSource: 'La coordinatrice lavora con la regia.\n\nProtegge gli interpreti sul set.',
      changes: { status: 'words', inserted: 5, deleted: 0 },
    })
    expect(after.answer!.diff).toEqual([
      { op: 'equal', text: 'La coordinatrice lavora con la regia. ' },
      { op: 'insert', text: 'Prepara ogni scena in anticipo.\n\n' },
      { op: 'equal', text: 'Protegge gli interpreti sul set.' },
    ])
    expect(sides(after.answer!.diff!).after.replace(/\s+/g, ' ')).toBe(
      'La coordinatrice lavora con la regia. Prepara ogni scena in anticipo. Protegge gli interpreti sul set.',
    )
    expect(after.question).toMatchObject({
      status: 'outdated',
      previousSource: `Chi coordina le scene ${tag}?`,
      changes: { status: 'words', inserted: 1, deleted: 1 },
    })
    expect(after.question!.diff).toEqual([
      { op: 'equal', text: 'Chi ' },
      { op: 'delete', text: 'coordina' },
      { op: 'insert', text: 'prepara' },
      { op: 'equal', text: ` le scene ${tag}?` },
    ])

    // The Translations view's line comes from the same summary.
    const status = await rest('GET', '/api/translation-status?collection=faqs', { token: staff.translator })
    const entry = status.json.faqs.entries.find((e: { id: number }) => e.id === id)
    expect(entry.changes).toEqual({
      question: { status: 'words', inserted: 1, deleted: 1 },
      answer: { status: 'words', inserted: 5, deleted: 0 },
    })

    // A second Italian edit still diffs from the Italian the English was made from.
    await editItalian(id, { question: `Chi prepara davvero le scene ${tag}?` })
    const again = await sourceOf(id)
    expect(again.question!.previousSource).toBe(`Chi coordina le scene ${tag}?`)
    expect(sides(again.question!.diff!)).toEqual({
      before: `Chi coordina le scene ${tag}?`,
      after: `Chi prepara davvero le scene ${tag}?`,
    })

    // Re-translating re-bases: the English is now made from the Italian as it is.
    await translate(id, { question: `Who really prepares the scenes ${tag}?` })
    const retranslated = await sourceOf(id)
    expect(retranslated.question).toMatchObject({
      status: 'complete',
      previousSource: `Chi prepara davvero le scene ${tag}?`,
      changes: { status: 'words', inserted: 0, deleted: 0 },
    })
    expect(retranslated.answer!.status).toBe('outdated')
  })

  it('a change of bold only leaves the English complete, with the same kept Italian', async () => {
    const id = await createFaq(`Domanda ${uniqueTag()}`, ['Stesso testo da mettere in grassetto.'])
    await translate(id, { question: 'Question', answer: paragraphsToLexical(['Same text to put in bold.']) })
    const bold = paragraphsToLexical(['Stesso testo da mettere in grassetto.'])
    bold.root.children[0]!.children[0]!.format = 1
    await editItalian(id, { answer: bold })
    const fields = await sourceOf(id)
    expect(fields.answer).toMatchObject({
      status: 'complete',
      previousSource: 'Stesso testo da mettere in grassetto.',
      diff: [{ op: 'equal', text: 'Stesso testo da mettere in grassetto.' }],
    })
  })

  it('a confirmation re-bases the diff on the Italian confirmed', async () => {
    const tag = uniqueTag()
    const id = await createFaq(`Una domanda con un refusso ${tag}`, ['Risposta.'])
    await translate(id, { question: `A question ${tag}`, answer: paragraphsToLexical(['Answer.']) })
    await editItalian(id, { question: `Una domanda con un refuso ${tag}` })
    const outdated = await sourceOf(id)
    expect(outdated.question!.diff).toEqual([
      { op: 'equal', text: 'Una domanda con un ' },
      { op: 'delete', text: 'refusso' },
      { op: 'insert', text: 'refuso' },
      { op: 'equal', text: ` ${tag}` },
    ])
    const res = await rest('POST', '/api/translation-confirm', {
      token: staff.translator,
      body: { collection: 'faqs', id, field: 'question', sourceFingerprint: outdated.question!.sourceFingerprint },
    })
    expect(res.status, res.text).toBe(200)
    expect(res.json.fields.question).toMatchObject({
      status: 'complete',
      previousSource: `Una domanda con un refuso ${tag}`,
      diff: [{ op: 'equal', text: `Una domanda con un refuso ${tag}` }],
    })
  })

  it('a translation made from an older Italian keeps that Italian, found in the version history', async () => {
    const tag = uniqueTag()
    const id = await createFaq(`Prima versione ${tag}`, ['Risposta.'])
    await translate(id, { answer: paragraphsToLexical(['Answer.']) })
    const readByTranslator = `Prima versione ${tag}`
    await editItalian(id, { question: `Seconda versione ${tag}` })
    await staff.payload.update({
      collection: 'faqs',
      id,
      locale: 'en',
      draft: true,
      data: { question: `First version ${tag}` },
      context: { translationIntent: { madeFrom: { question: fingerprint(readByTranslator) } } },
    })
    const fields = await sourceOf(id)
    expect(fields.question).toMatchObject({
      status: 'outdated',
      previousSource: readByTranslator,
      changes: { status: 'words', inserted: 1, deleted: 1 },
    })
  })

  it('entries stamped before the Italian was kept get it from their versions, or say none was recorded', async () => {
    const { backfillSourceTexts } = await import('../../src/translation/backfillSources')
    const pool = (staff.payload.db as unknown as { pool: { query: (sql: string, p?: unknown[]) => Promise<unknown> } })
      .pool
    const tag = uniqueTag()
    const id = await createFaq(`Domanda originale ${tag}`, ['Risposta originale.'])
    await translate(id, { question: `Original question ${tag}`, answer: paragraphsToLexical(['Original answer.']) })
    await editItalian(id, { question: `Domanda cambiata ${tag}` })
    // As stored before this feature: stamps without texts.
    const strip = async () => {
      await pool.query(`UPDATE faqs SET translation_state = translation_state - 'sourceTexts' WHERE id = $1`, [id])
      await pool.query(
        `UPDATE _faqs_v SET version_translation_state = version_translation_state - 'sourceTexts' WHERE parent_id = $1`,
        [id],
      )
    }
    await strip()
    expect((await sourceOf(id)).question).toMatchObject({ previousSource: null, changes: { status: 'unrecorded' } })
    const versions = (await staff.payload.countVersions({ collection: 'faqs', where: { parent: { equals: id } } }))
      .totalDocs

    expect(await backfillSourceTexts(staff.payload)).toBeGreaterThanOrEqual(1)
    const recovered = await sourceOf(id)
    expect(recovered.question).toMatchObject({
      status: 'outdated',
      previousSource: `Domanda originale ${tag}`,
      changes: { status: 'words', inserted: 1, deleted: 1 },
    })
    // The complete answer's Italian is the current one.
    expect(recovered.answer!.previousSource).toBe('Risposta originale.')
    // In place: no new version; a second run has nothing left to do for this entry.
    expect(
      (await staff.payload.countVersions({ collection: 'faqs', where: { parent: { equals: id } } })).totalDocs,
    ).toBe(versions)
    await backfillSourceTexts(staff.payload)
    expect((await sourceOf(id)).question!.previousSource).toBe(`Domanda originale ${tag}`)

    // A history that no longer holds the Italian behind the stamp: nothing is made up.
    await strip()
    await pool.query(`DELETE FROM _faqs_v WHERE parent_id = $1 AND NOT latest`, [id])
    await backfillSourceTexts(staff.payload)
    expect((await sourceOf(id)).question).toMatchObject({
      status: 'outdated',
      previousSource: null,
      diff: null,
      changes: { status: 'unrecorded' },
    })
  })

  it('stays bounded on very long texts: rewritten end to end gives no diff, in about the time bound', () => {
    const words = (n: number, word: (i: number) => string) => Array.from({ length: n }, (_, i) => word(i)).join(' ')
    const before = words(4500, (i) => `parola${i % 997}`)
    const after = words(4500, (i) => `termine${i % 991}`)
    expect(before.length).toBeLessThan(MAX_KEPT_SOURCE_CHARS)
    const started = performance.now()
    expect(wordDiff(before, after)).toBeNull()
    expect(performance.now() - started).toBeLessThan(DIFF_TIMEOUT_MS * 5)
    // A small change in the same long text is found quickly.
    const changed = wordDiff(before, before.replace('parola10 ', 'parola10 nuova '))
    expect(changed?.filter((p) => p.op !== 'equal')).toEqual([{ op: 'insert', text: 'nuova ' }])
  })
})

describe('XLIFF export of an outdated unit', () => {
  it('carries the previous Italian and a readable change note', async () => {
    const tag = uniqueTag()
    const id = await createFaq(`Quando serve la coordinatrice ${tag}?`, ['Prima delle riprese.'])
    await translate(id, {
      question: `When is the coordinator needed ${tag}?`,
      answer: paragraphsToLexical(['Before.']),
    })
    await editItalian(id, { question: `Quando serve davvero la coordinatrice ${tag}?` })
    const xml = await exportFile(`collection=faqs&ids=${id}`)
    const unit = decodeXml(unitXml(xml, `faqs.${id}.question.`))
    expect(unit).toContain(
      `<note>Outdated: the Italian changed since the English was translated (+1 word, −0 words), [-deleted-] {+inserted+}: Quando serve {+davvero +}la coordinatrice ${tag}?</note>`,
    )
    expect(unit).toContain(
      `<note>Previous Italian (the English was translated from it): Quando serve la coordinatrice ${tag}?</note>`,
    )
    expect(readXliff(xml).map((u) => u.id)).toEqual([expect.stringMatching(new RegExp(`^faqs\\.${id}\\.question\\.`))])
  })
})

describe('exact-match translation memory', () => {
  async function pair() {
    const tag = uniqueTag()
    const question = `Serve un accordo scritto per le scene ${tag}?`
    const shared = `Sì: ogni scena si concorda per iscritto prima delle riprese ${tag}.`
    const origin = await createFaq(question, [`Una risposta propria ${tag}.`, shared])
    await translate(origin, {
      question: `Is a written agreement needed for the scenes ${tag}?`,
      answer: paragraphsToLexical([
        `An answer of its own ${tag}.`,
        `Yes: every scene is agreed in writing before shooting ${tag}.`,
      ]),
    })
    const other = await createFaq(question, [`Un altro inizio ${tag}.`, shared], `altra-${tag}`)
    return { tag, origin, other, question, shared }
  }

  it('offers the approved English of an identical Italian field or paragraph, with its origin', async () => {
    const { tag, origin, other, shared } = await pair()
    const fields = await sourceOf(other)
    expect(fields.question!.suggestions).toEqual([
      {
        scope: 'field',
        italian: `Serve un accordo scritto per le scene ${tag}?`,
        english: `Is a written agreement needed for the scenes ${tag}?`,
        value: `Is a written agreement needed for the scenes ${tag}?`,
        origin: {
          collection: 'faqs',
          id: origin,
          field: 'question',
          title: `Serve un accordo scritto per le scene ${tag}?`,
        },
      },
    ])
    expect(fields.answer!.suggestions).toHaveLength(1)
    expect(fields.answer!.suggestions[0]).toMatchObject({
      scope: 'paragraph',
      paragraph: 1,
      italian: shared,
      english: `Yes: every scene is agreed in writing before shooting ${tag}.`,
      origin: { collection: 'faqs', id: origin, field: 'answer', paragraph: 1 },
    })
    // The origin itself is complete: nothing is suggested to it.
    const own = await sourceOf(origin)
    expect(own.question!.suggestions).toEqual([])

    // Inserted (here as the admin would build it) and saved, the suggestion is stamped as usual.
    const italian = await staff.payload.findByID({ collection: 'faqs', id: other, locale: 'it', depth: 0 })
    const answer = placeSuggestion(fields.answer!.suggestions[0]!, italian.answer, null) as ReturnType<
      typeof paragraphsToLexical
    >
    expect(plainSource(answer)).toBe(
      `Un altro inizio ${tag}.\n\nYes: every scene is agreed in writing before shooting ${tag}.`,
    )
    await translate(other, { question: fields.question!.suggestions[0]!.value })
    const after = await sourceOf(other)
    expect(after.question).toMatchObject({ status: 'complete', suggestions: [] })
    expect(after.answer!.status).toBe('missing')
  })

  it('is not built from English that is outdated or a copy of the Italian', async () => {
    const tag = uniqueTag()
    const question = `Domanda ripetuta ${tag}`
    const first = await createFaq(question, [`Risposta lunga da non copiare ${tag}.`])
    await translate(first, {
      question: `Repeated question ${tag}`,
      // A copy of the Italian: not a translation (missing), so not in the memory.
      answer: paragraphsToLexical([`Risposta lunga da non copiare ${tag}.`]),
    })
    await editItalian(first, { question: `${question} (rivista)` })
    const second = await createFaq(question, [`Risposta lunga da non copiare ${tag}.`], `seconda-${tag}`)
    const fields = await sourceOf(second)
    expect(fields.question!.suggestions).toEqual([])
    expect(fields.answer!.suggestions).toEqual([])
  })

  it('exports candidates (mtc:matches) with their origin; an import ignores them and applies only targets', async () => {
    const { tag, origin, other } = await pair()
    const xml = await exportFile(`collection=faqs&ids=${other}`)
    const question = unitXml(xml, `faqs.${other}.question.`)
    expect(question).toMatch(
      new RegExp(
        `^<unit id="[^"]+" xml:space="preserve"><mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0">` +
          `<mtc:match ref="#s1" type="tm" origin="faqs\\.${origin}\\.question" matchQuality="100" similarity="100">` +
          `<source>Serve un accordo scritto per le scene ${tag}\\?</source>` +
          `<target>Is a written agreement needed for the scenes ${tag}\\?</target></mtc:match></mtc:matches>` +
          `(<notes>.*</notes>)?<segment id="s1"><source>`,
      ),
    )
    const answer = unitXml(xml, `faqs.${other}.answer.`)
    expect(answer).toContain(
      `<mtc:match ref="#b2" type="tm" origin="faqs.${origin}.answer#p2" matchQuality="100" similarity="100"><source>Sì: ogni scena si concorda per iscritto prima delle riprese ${tag}.</source><target>Yes: every scene is agreed in writing before shooting ${tag}.</target></mtc:match>`,
    )
    expect(answer).toMatch(/<pc id="b2" type="other" subType="x-scena:p">Sì: ogni scena/)
    expect(answer).toContain('<segment><source>')

    // A CAT tool fills the question's target and leaves the answer with only its candidate.
    const questionId = /<unit id="([^"]+)"/.exec(question)![1]!
    const translated = xml.replace(
      new RegExp(
        `(<unit id="${questionId.replace(/\./g, '\\.')}"[\\s\\S]*?<segment id="s1"><source>[\\s\\S]*?</source>)`,
      ),
      `$1<target>Do the scenes need a written agreement ${tag}?</target>`,
    )
    expect(translated).not.toBe(xml)
    const res = await rest('POST', '/api/xliff/import', {
      token: staff.translator,
      body: translated,
      headers: { 'Content-Type': 'application/xliff+xml' },
    })
    expect(res.status, res.text).toBe(200)
    expect(res.json).toMatchObject({ applied: 1, conflicts: 0, rejected: 0 })
    expect(res.json.units.find((u: { id: string }) => u.id.includes('.answer.'))).toMatchObject({ result: 'skipped' })
    const english = await staff.payload.findByID({
      collection: 'faqs',
      id: other,
      locale: 'en',
      draft: true,
      depth: 0,
      fallbackLocale: false,
    })
    expect(english.question).toBe(`Do the scenes need a written agreement ${tag}?`)
    expect(english.answer ?? null).toBeNull()
    const after = await sourceOf(other)
    expect(after.question).toMatchObject({
      status: 'complete',
      previousSource: `Serve un accordo scritto per le scene ${tag}?`,
    })
  })

  it('an export without candidates (the baseline) has no mtc elements', async () => {
    const { other } = await pair()
    const { exportXliff } = await import('../../src/translation/xliff/exportXliff')
    const xml = await exportXliff(staff.payload, {
      collections: ['faqs'],
      scope: 'needs-work',
      ids: [other],
      candidates: false,
    })
    expect(xml).not.toContain('mtc:')
    expect(xml).toContain(`faqs.${other}.question.`)
  })
})
