import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { FAQ_INDEX_ANSWERS_LIMIT, listFaqIndex } from '../../src/data/faqIndex'
import { listFaqs } from '../../src/data/faqs'
import { paragraphsToLexical } from '../../src/fields/richText'
import { closePayload, testPayload } from './support/payload'
import { uniqueTag } from './support/samples'

let payload: Payload
const tag = uniqueTag()
const created: number[] = []

async function createFaq(n: number, status: 'published' | 'draft') {
  const doc = await payload.create({
    collection: 'faqs',
    locale: 'it',
    draft: status === 'draft',
    data: {
      question: `Domanda indice ${n} ${tag}?`,
      answer: paragraphsToLexical([`Risposta ${n}`]),
      section: n % 2 ? 'the-role' : 'working-together',
      order: 800 + n,
      _status: status,
    },
    context: { disableRevalidate: true },
  })
  created.push(doc.id)
}

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(async () => {
  for (const id of created) await payload.delete({ collection: 'faqs', id, context: { disableRevalidate: true } })
  await closePayload(payload)
})

describe('FAQ index content (src/data/faqIndex.ts)', () => {
  it(`shows every answer up to ${FAQ_INDEX_ANSWERS_LIMIT} published FAQs, the questions only beyond`, async () => {
    await createFaq(0, 'draft') // never counted
    const before = await listFaqs('en')
    // Other test files may have published FAQs of their own already: up to the limit, check both sides.
    if (before.length <= FAQ_INDEX_ANSWERS_LIMIT) {
      const small = await listFaqIndex('en')
      expect(small.answers).toBe(true)
      expect(small.faqs).toEqual(before)
      for (let n = 1; before.length + n <= FAQ_INDEX_ANSWERS_LIMIT; n++) await createFaq(n, 'published')
      expect((await listFaqIndex('en')).answers).toBe(true)
    }
    await createFaq(FAQ_INDEX_ANSWERS_LIMIT + 1, 'published')

    const full = await listFaqs('en')
    expect(full).toHaveLength(Math.max(before.length, FAQ_INDEX_ANSWERS_LIMIT) + 1)
    const large = await listFaqIndex('en')
    expect(large.answers).toBe(false)
    // The same entries, numbers, questions, sections and slugs, without the answers.
    const listed = (faq: (typeof full)[number]) => {
      const { id, number, question, section, slugs, translatedIn } = faq
      return { id, number, question, section, slugs, translatedIn }
    }
    expect(large.faqs.map(listed)).toEqual(full.map(listed))
    expect(large.faqs.every((faq) => !faq.answer)).toBe(true)
    expect(large.faqs.map((faq) => faq.number)).toEqual(full.map((_, index) => index + 1))
  }, 180_000)
})
