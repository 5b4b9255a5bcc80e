import { describe, expect, it } from 'vitest'

import { lexicalToPlainText, paragraphsToLexical } from '../../src/fields/richText'
import { seedGlossary } from '../../src/seed'
import { loadGlossary, termsIn } from '../../src/translation/glossary'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'
import { withStaff } from './support/staff'

const staff = withStaff()

describe('glossary matching', () => {
  const glossary = [
    { term: 'nudità', translation: 'nudity' },
    { term: 'scene intime', translation: 'intimate scenes' },
    { term: 'set', translation: 'set' },
  ]
  it('finds whole terms in any case, ignoring accents, in text and rich text', () => {
    expect(termsIn('Scene INTIME e nudita sul palco', glossary).map((t) => t.term)).toEqual(['nudità', 'scene intime'])
    expect(termsIn(paragraphsToLexical(['Sul set.']), glossary).map((t) => t.term)).toEqual(['set'])
    // "set" inside "settimana" is not the term.
    expect(termsIn('una settimana', glossary)).toEqual([])
  })

  it('finds inflected forms through the Italian stemmer (singular, plural, feminine)', async () => {
    await seedGlossary(staff.payload, () => undefined)
    const glossary = await loadGlossary(staff.payload)
    const source = paragraphsToLexical(['L’interprete indossa un indumento coprente durante la scena intima.'])
    await glossary.learn([source])
    const found = termsIn(source, glossary).map((t) => t.term)
    expect(found).toEqual(expect.arrayContaining(['interpreti', 'indumenti coprenti', 'scene intime']))
    // A word that only starts like a term is still not the term.
    await glossary.learn(['Una settimana di prove.'])
    expect(termsIn('Una settimana di prove.', glossary).map((t) => t.term)).not.toContain('set')
  })

  it('finds terms at the edge of list items and line breaks in rich text', () => {
    const text = (value: string) => ({ type: 'text', text: value })
    const list = {
      root: {
        type: 'root',
        children: [
          {
            type: 'list',
            children: [
              { type: 'listitem', children: [text('nudità')] },
              { type: 'listitem', children: [text('scene intime')] },
            ],
          },
          { type: 'paragraph', children: [text('sul'), { type: 'linebreak' }, text('set')] },
        ],
      },
    }
    expect(termsIn(list, glossary).map((t) => t.term)).toEqual(['nudità', 'scene intime', 'set'])
    expect(lexicalToPlainText(list)).toBe('nudità\nscene intime\n\nsul\nset')
  })
})

describe('the glossary collection', () => {
  it('is for staff: translators add and edit terms, only editors delete them', async () => {
    const term = `termine-${uniqueTag()}`
    expect((await rest('GET', '/api/glossary')).status).toBe(403)
    const created = await rest('POST', '/api/glossary', {
      token: staff.translator,
      body: { term, translation: 'term' },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    expect((await rest('PATCH', `/api/glossary/${id}`, { token: staff.translator, body: { note: 'n' } })).status).toBe(
      200,
    )
    expect((await rest('DELETE', `/api/glossary/${id}`, { token: staff.translator })).status).toBe(403)
    expect((await rest('DELETE', `/api/glossary/${id}`, { token: staff.editor })).status).toBe(200)
  })

  it('refuses a term twice and an empty translation with a clear error', async () => {
    const term = `doppio-${uniqueTag()}`
    await rest('POST', '/api/glossary', { token: staff.editor, body: { term, translation: 'double' } })
    const again = await rest('POST', '/api/glossary', { token: staff.editor, body: { term, translation: 'again' } })
    expect(again.status).toBe(400)
    const empty = await rest('POST', '/api/glossary', { token: staff.editor, body: { term: `${term}-x` } })
    expect(empty.status).toBe(400)
    expect(empty.text).toMatch(/translation/)
  })
})

describe('GET /api/translation-source', () => {
  it('gives each field its Italian text, status and the glossary terms in it', async () => {
    const tag = uniqueTag()
    const term = `coreografia${tag}`
    await staff.payload.create({ collection: 'glossary', data: { term, translation: `choreography${tag}` } })
    const doc = await staff.payload.create({
      collection: 'faqs',
      locale: 'it',
      data: {
        question: `Domanda ${tag}`,
        answer: paragraphsToLexical(['Primo paragrafo.', `Parla di ${term}.`]),
        section: 'the-role',
        _status: 'published',
      },
    })
    const res = await rest('GET', `/api/translation-source?collection=faqs&id=${doc.id}`, { token: staff.translator })
    expect(res.status, res.text).toBe(200)
    expect(res.json.status).toBe('missing')
    expect(res.json.fields.question).toMatchObject({ status: 'missing', sourceText: `Domanda ${tag}`, terms: [] })
    expect(res.json.fields.answer.sourceText).toBe(`Primo paragrafo.\n\nParla di ${term}.`)
    expect(res.json.fields.answer.terms).toEqual([expect.objectContaining({ term, translation: `choreography${tag}` })])
    expect(res.json.fields.answer.source.root.children).toHaveLength(2)
  })

  it('answers 401, 400 and 404 with a message for the wrong request', async () => {
    expect((await rest('GET', '/api/translation-source?collection=faqs&id=1')).status).toBe(401)
    const noId = await rest('GET', '/api/translation-source?collection=faqs&id=abc', { token: staff.translator })
    expect(noId.status).toBe(400)
    expect(noId.json.errors[0].message).toMatch(/numeric ID/)
    const missing = await rest('GET', '/api/translation-source?collection=faqs&id=999999', { token: staff.translator })
    expect(missing.status).toBe(404)
    expect((await rest('GET', '/api/translation-source?id=1', { token: staff.translator })).status).toBe(400)
    const huge = await rest('GET', '/api/translation-source?collection=faqs&id=99999999999', {
      token: staff.translator,
    })
    expect(huge.status).toBe(404)
  })
})
