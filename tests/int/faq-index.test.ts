import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listItems } from '../../src/components/FaqContents'
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
  return doc.id
}

let draftId: number
beforeAll(async () => {
  payload = await testPayload()
  for (const n of [1, 2, 3]) await createFaq(n, 'published')
  draftId = await createFaq(4, 'draft') // never counted nor listed
})
afterAll(async () => {
  for (const id of created) await payload.delete({ collection: 'faqs', id, context: { disableRevalidate: true } })
  await closePayload(payload)
})

describe('FAQ index content (src/data/faqIndex.ts)', () => {
  it(`shows every answer up to the limit (${FAQ_INDEX_ANSWERS_LIMIT} published FAQs), the questions only beyond`, async () => {
    const all = await listFaqs('en')
    expect(all.length).toBeGreaterThanOrEqual(3)
    expect(all.map((faq) => faq.id)).not.toContain(draftId)

    const upTo = await listFaqIndex('en', all.length)
    expect(upTo.answers).toBe(true)
    expect(upTo.faqs).toEqual(all)

    const beyond = await listFaqIndex('en', all.length - 1)
    expect(beyond.answers).toBe(false)
    // The same entries, numbers, questions, sections and slugs, without the answers.
    const listed = (faq: (typeof all)[number]) => {
      const { id, number, question, section, slugs, translatedIn } = faq
      return { id, number, question, section, slugs, translatedIn }
    }
    expect(beyond.faqs.map(listed)).toEqual(all.map(listed))
    expect(beyond.faqs.every((faq) => !faq.answer)).toBe(true)
    expect(beyond.faqs.map((faq) => faq.number)).toEqual(all.map((_, index) => index + 1))
  })
})

describe('FAQ contents list (beyond the limit)', () => {
  it('links each numbered question to its page, keeps its anchor, escapes the text, marks Italian fallbacks', () => {
    const html = listItems(
      [
        {
          id: 1,
          number: 7,
          section: 'the-role',
          slugs: { it: 'chi-e', en: 'who-is' },
          translatedIn: ['it', 'en'],
          question: { value: 'Is <script>alert("x")</script> & co. fine?', lang: 'en' },
          answer: null,
        },
        {
          id: 2,
          number: 8,
          section: 'the-role',
          slugs: { it: 'solo-italiano', en: 'solo-italiano' },
          translatedIn: ['it'],
          question: { value: "Com'è?", lang: 'it' },
          answer: null,
        },
      ],
      'en',
    )
    expect(html).toBe(
      '<li id="q-7" value="7"><a href="/en/faq/who-is">Is &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co. fine?</a></li>' +
        '<li id="q-8" value="8"><a href="/en/faq/solo-italiano" lang="it">Com&#39;è?</a></li>',
    )
  })
})
