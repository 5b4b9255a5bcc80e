import { describe, expect, it } from 'vitest'

import { contentCollectionSlugs } from '../../src/collections/slugs'
import { paragraphsToLexical } from '../../src/fields/richText'
import { rest } from './support/rest'
import { sample, uniqueTag } from './support/samples'
import { withStaff } from './support/staff'

const staff = withStaff()

const boldParagraph = (text: string) => {
  const doc = paragraphsToLexical([text])
  doc.root.children[0]!.children[0]!.format = 1
  return doc
}

async function createFaq(tag = uniqueTag()) {
  const res = await rest('POST', '/api/faqs?locale=it', {
    token: staff.editor,
    body: { ...sample('faqs', 'it', tag), _status: 'published' },
  })
  expect(res.status, res.text).toBe(201)
  return res.json.doc.id as number
}

const editItalian = (id: number, data: Record<string, unknown>) =>
  rest('PATCH', `/api/faqs/${id}?locale=it`, { token: staff.editor, body: data })
const translate = (id: number, data: Record<string, unknown>) =>
  rest('PATCH', `/api/faqs/${id}?locale=en&draft=true`, {
    token: staff.translator,
    body: { ...data, _status: 'draft' },
  })

async function statusOf(id: number) {
  const res = await rest('GET', '/api/translation-status?collection=faqs', { token: staff.translator })
  expect(res.status, res.text).toBe(200)
  const entry = res.json.faqs.entries.find((e: { id: number }) => e.id === id)
  const stored = await staff.payload.findByID({ collection: 'faqs', id, draft: true, depth: 0, overrideAccess: true })
  // What the list column and filter read is what the report computes.
  expect(stored.translationStatus).toBe(entry.status)
  return entry as { status: string; fields: Record<string, string> }
}

describe('English translation status', () => {
  it('goes missing → complete → outdated after an Italian edit → complete after re-translation', async () => {
    const id = await createFaq()
    expect(await statusOf(id)).toMatchObject({ status: 'missing', fields: { question: 'missing', answer: 'missing' } })

    expect((await translate(id, { question: 'A question', answer: paragraphsToLexical(['An answer']) })).status).toBe(
      200,
    )
    expect(await statusOf(id)).toMatchObject({
      status: 'complete',
      fields: { question: 'complete', answer: 'complete' },
    })

    expect((await editItalian(id, { answer: paragraphsToLexical(['Una risposta riscritta']) })).status).toBe(200)
    expect(await statusOf(id)).toMatchObject({
      status: 'outdated',
      fields: { question: 'complete', answer: 'outdated' },
    })

    expect((await editItalian(id, { question: 'Una domanda nuova' })).status).toBe(200)
    expect((await statusOf(id)).fields.question).toBe('outdated')

    expect((await translate(id, { answer: paragraphsToLexical(['A rewritten answer']) })).status).toBe(200)
    expect(await statusOf(id)).toMatchObject({
      status: 'outdated',
      fields: { question: 'outdated', answer: 'complete' },
    })
    expect((await translate(id, { question: 'A new question' })).status).toBe(200)
    expect((await statusOf(id)).status).toBe('complete')
  })

  it('compares rich text by content: bold on the same Italian words does not outdate the English', async () => {
    const id = await createFaq()
    await editItalian(id, { answer: paragraphsToLexical(['Stesso testo']) })
    await translate(id, { question: 'Q', answer: paragraphsToLexical(['Same text']) })
    expect((await editItalian(id, { answer: boldParagraph('Stesso   testo') })).status).toBe(200)
    expect((await statusOf(id)).fields.answer).toBe('complete')
  })

  it('an emptied English field is missing again', async () => {
    const id = await createFaq()
    await translate(id, { question: 'Q', answer: paragraphsToLexical(['A']) })
    expect((await translate(id, { question: '' })).status).toBe(200)
    expect(await statusOf(id)).toMatchObject({ status: 'missing', fields: { question: 'missing' } })
  })

  it('lists and filters entries that need translation', async () => {
    const id = await createFaq()
    const res = await rest('GET', '/api/faqs?draft=true&limit=200&where[translationStatus][not_equals]=complete', {
      token: staff.translator,
    })
    expect(res.status).toBe(200)
    expect(res.json.docs.map((d: { id: number }) => d.id)).toContain(id)
  })

  it('counts per collection, for signed-in staff only', async () => {
    const res = await rest('GET', '/api/translation-status', { token: staff.editor })
    expect(res.status).toBe(200)
    expect(Object.keys(res.json).sort()).toEqual([...contentCollectionSlugs].sort())
    for (const report of Object.values(res.json) as Array<{
      total: number
      complete: number
      missing: number
      outdated: number
    }>) {
      expect(report.complete + report.missing + report.outdated).toBe(report.total)
    }
    expect((await rest('GET', '/api/translation-status')).status).toBe(401)
    const unknown = await rest('GET', '/api/translation-status?collection=users', { token: staff.editor })
    expect(unknown.status).toBe(400)
    expect(unknown.json.errors[0].message).toMatch(/Unknown collection “users”/)
  })
})

describe('entries saved before translation status existed', () => {
  it('get their status computed once, in place, without a new version', async () => {
    const { backfillTranslationStatus } = await import('../../src/translation/backfill')
    const id = await createFaq()
    const pool = (staff.payload.db as unknown as { pool: { query: (sql: string, p?: unknown[]) => Promise<unknown> } })
      .pool
    await pool.query('UPDATE faqs SET translation_status = NULL, translation_state = NULL WHERE id = $1', [id])
    await pool.query('UPDATE _faqs_v SET version_translation_status = NULL WHERE parent_id = $1', [id])
    const versionsBefore = (
      await staff.payload.countVersions({ collection: 'faqs', where: { parent: { equals: id } } })
    ).totalDocs
    expect(await backfillTranslationStatus(staff.payload)).toBeGreaterThanOrEqual(1)
    const doc = await staff.payload.findByID({ collection: 'faqs', id, draft: true, depth: 0, overrideAccess: true })
    expect(doc.translationStatus).toBe('missing')
    expect(
      (await staff.payload.countVersions({ collection: 'faqs', where: { parent: { equals: id } } })).totalDocs,
    ).toBe(versionsBefore)
    expect(await backfillTranslationStatus(staff.payload)).toBe(0)
  })
})

describe('confirming an English text as still accurate', () => {
  const confirm = (body: Record<string, unknown>, token = staff.translator) =>
    rest('POST', '/api/translation-confirm', { token, body })
  const seenItalian = async (id: number, field: string) =>
    (await rest('GET', `/api/translation-source?collection=faqs&id=${id}`, { token: staff.translator })).json.fields[
      field
    ].sourceFingerprint as string

  it('clears "outdated" without touching the text; refuses what it cannot confirm', async () => {
    const id = await createFaq()
    await translate(id, { question: 'Kept question', answer: paragraphsToLexical(['Kept answer']) })
    await editItalian(id, { question: 'Domanda con un refuso corretto' })
    expect((await statusOf(id)).fields.question).toBe('outdated')

    const sourceFingerprint = await seenItalian(id, 'question')
    const res = await confirm({ collection: 'faqs', id, field: 'question', sourceFingerprint })
    expect(res.status, res.text).toBe(200)
    expect(res.json.fields.question.status).toBe('complete')
    expect(await statusOf(id)).toMatchObject({ status: 'complete' })
    const english = await staff.payload.findByID({ collection: 'faqs', id, locale: 'en', draft: true, depth: 0 })
    expect(english.question).toBe('Kept question')

    expect((await confirm({ collection: 'faqs', id, field: 'question', sourceFingerprint }, '')).status).toBe(401)
    const unknown = await confirm({ collection: 'faqs', id, field: 'section', sourceFingerprint })
    expect(unknown.status).toBe(400)
    expect(unknown.json.errors[0].message).toMatch(/Unknown field “section”/)
    expect((await confirm({ collection: 'faqs', id, field: 'question' })).status).toBe(400)
    const fresh = await createFaq()
    const missing = await confirm({ collection: 'faqs', id: fresh, field: 'answer', sourceFingerprint })
    expect(missing.status).toBe(400)
    expect(missing.json.errors[0].message).toMatch(/no English yet/)
    expect((await confirm({ collection: 'faqs', id: 999999, field: 'answer', sourceFingerprint })).status).toBe(404)
    expect((await confirm({ collection: 'faqs', id: '99999999999', field: 'answer', sourceFingerprint })).status).toBe(
      400,
    )
  })

  it('refuses with 409 when the Italian changed after the translator read it', async () => {
    const id = await createFaq()
    await translate(id, { question: `Kept question ${id}`, answer: paragraphsToLexical(['Kept answer']) })
    await editItalian(id, { question: 'Prima modifica' })
    const sourceFingerprint = await seenItalian(id, 'question')
    const second = await editItalian(id, { question: 'Seconda modifica, non ancora letta' })
    expect(second.status, second.text).toBe(200)
    expect(await seenItalian(id, 'question')).not.toBe(sourceFingerprint)
    const res = await confirm({ collection: 'faqs', id, field: 'question', sourceFingerprint })
    expect(res.status).toBe(409)
    expect(res.json.errors[0].message).toMatch(/changed since you read it/)
    expect((await statusOf(id)).fields.question).toBe('outdated')
  })
})

describe('English identical to the Italian', () => {
  it('is still missing for long texts (copied, not translated), but may stand for a short one', async () => {
    const id = await createFaq()
    const italian = await staff.payload.findByID({ collection: 'faqs', id, locale: 'it', depth: 0 })
    await translate(id, { question: italian.question, answer: italian.answer })
    expect(await statusOf(id)).toMatchObject({ fields: { question: 'complete', answer: 'missing' } })
  })
})

describe('a translation saved from an Italian text that has changed meanwhile', () => {
  it('is stamped with the Italian it was made from, so it shows as outdated', async () => {
    const { fingerprint } = await import('../../src/translation/fingerprint')
    const id = await createFaq()
    const readByTranslator = await staff.payload.findByID({ collection: 'faqs', id, locale: 'it', depth: 0 })
    await editItalian(id, { question: 'Cambiata mentre si traduceva' })
    await staff.payload.update({
      collection: 'faqs',
      id,
      locale: 'en',
      draft: true,
      data: { question: 'Translated from the earlier Italian' },
      context: { translationIntent: { madeFrom: { question: fingerprint(readByTranslator.question) } } },
    })
    expect((await statusOf(id)).fields.question).toBe('outdated')
  })
})

describe('who sees translation status', () => {
  it('signed-in staff only: the public API does not show it', async () => {
    const id = await createFaq()
    const anonymous = await rest('GET', `/api/faqs/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json).not.toHaveProperty('translationStatus')
    expect(anonymous.json).not.toHaveProperty('translationState')
    const staffView = await rest('GET', `/api/faqs/${id}`, { token: staff.translator })
    expect(staffView.json.translationStatus).toBe('missing')
  })
})
