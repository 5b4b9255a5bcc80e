import { describe, expect, it } from 'vitest'

import { rest } from './support/rest'
import { sample, uniqueTag } from './support/samples'
import { withStaff } from './support/staff'

const staff = withStaff()

async function italianOnlyFaq() {
  const res = await rest('POST', '/api/faqs?locale=it', {
    token: staff.editor,
    body: { ...sample('faqs', 'it', uniqueTag()), _status: 'published' },
  })
  expect(res.status, res.text).toBe(201)
  return res.json.doc.id as number
}

describe('publishing per locale', () => {
  it.each([
    ['translator', () => staff.translator],
    ['editor', () => staff.editor],
  ])('%s: publishing English with a required field empty fails, naming the field and the locale', async (_, token) => {
    const id = await italianOnlyFaq()
    const res = await rest('PATCH', `/api/faqs/${id}?locale=en`, {
      token: token(),
      body: { question: 'Only the question so far', _status: 'published' },
    })
    expect(res.status, res.text).toBe(400)
    expect(res.text).toMatch(/answer|Answer|Risposta/)
    expect(res.text).toMatch(/English|inglese|\ben\b/)
    const english = await staff.payload.findByID({
      collection: 'faqs',
      id,
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
    })
    expect(english.question ?? null).toBeNull()
  })

  it('the same English can be saved as a draft while in progress', async () => {
    const id = await italianOnlyFaq()
    const res = await rest('PATCH', `/api/faqs/${id}?locale=en&draft=true`, {
      token: staff.translator,
      body: { question: 'Only the question so far', _status: 'draft' },
    })
    expect(res.status, res.text).toBe(200)
  })

  it('Italian can be published while English is still missing', async () => {
    const id = await italianOnlyFaq()
    const res = await rest('PATCH', `/api/faqs/${id}?locale=it`, {
      token: staff.editor,
      body: { question: `Domanda aggiornata ${uniqueTag()}`, _status: 'published' },
    })
    expect(res.status, res.text).toBe(200)
  })
})
