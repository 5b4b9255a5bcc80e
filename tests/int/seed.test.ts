import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { faqs } from '../../src/seed/content'
import { seed, seedPlan } from '../../src/seed'
import { lexicalToPlainText } from '../../src/fields/richText'
import { closePayload, testPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

async function counts() {
  const result: Record<string, number> = {}
  for (const { collection } of seedPlan) {
    result[collection] = (await payload.count({ collection, overrideAccess: true })).totalDocs
    result[`${collection}:versions`] = (await payload.countVersions({ collection, overrideAccess: true })).totalDocs
  }
  return result
}

const seededFaqs = () =>
  payload.find({
    collection: 'faqs',
    where: { contentKey: { exists: true } },
    locale: 'all',
    sort: 'order',
    limit: 100,
    overrideAccess: true,
  })

describe('seed', () => {
  it('is idempotent: a second run adds nothing', async () => {
    const lines: string[] = []
    await seed(payload, (line) => lines.push(line))
    expect(lines.some((line) => line.includes('faqs'))).toBe(true) // progress output
    const afterFirst = await counts()
    const second = await seed(payload)
    expect(second.created).toBe(0)
    expect(await counts()).toEqual(afterFirst)
  })

  it('leaves an entry an editor changed as it is', async () => {
    const [first] = (await seededFaqs()).docs
    await payload.update({ collection: 'faqs', id: first!.id, locale: 'it', data: { question: 'Domanda modificata?' } })
    await seed(payload)
    const again = await payload.findByID({ collection: 'faqs', id: first!.id, locale: 'it' })
    expect(again.question).toBe('Domanda modificata?')
  })

  it('brings all 11 FAQs, published, with Italian and English question and answer', async () => {
    const { docs } = await seededFaqs()
    expect(docs).toHaveLength(11)
    expect(docs.map((d) => d.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    for (const doc of docs) {
      expect(doc._status).toBe('published')
      const question = doc.question as unknown as Record<'it' | 'en', string>
      const answer = doc.answer as unknown as Record<'it' | 'en', unknown>
      const slug = doc.slug as unknown as Record<'it' | 'en', string>
      for (const locale of ['it', 'en'] as const) {
        expect(question[locale]?.trim().length).toBeGreaterThan(5)
        expect(lexicalToPlainText(answer[locale]).length).toBeGreaterThan(40)
        expect(slug[locale]).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      }
      expect(question.it).not.toBe(question.en)
    }
    const english = docs.map((d) => (d.question as unknown as { en: string }).en)
    expect(english).toContain('What is an Intimacy Coordinator?')
    expect(english).toContain('Is there an Italian trade association for Intimacy Coordinators?')
  })

  it("keeps the practice's English wording and drops the page template's leftovers", async () => {
    const { docs } = await seededFaqs()
    const text = docs.map((d) => lexicalToPlainText((d.answer as unknown as { en: unknown }).en)).join('\n')
    expect(text).toContain('The Intimacy Coordinator does not replace the choreographer.')
    expect(text).toContain('I am one of the founding members of Intimitalia')
    const everything = JSON.stringify(await payload.find({ collection: 'faqs', locale: 'all', limit: 100 }))
    for (const leftover of ['Display your work', 'Where to find us', 'Back To Top']) {
      expect(everything).not.toContain(leftover)
    }
    expect(faqs.find((f) => f.order === 1)?.slug).toEqual({
      it: 'chi-e-l-intimacy-coordinator',
      en: 'what-is-an-intimacy-coordinator',
    })
  })

  it('seeds services, kit, the association and site settings in both languages', async () => {
    for (const collection of ['services', 'kit-items', 'associations'] as const) {
      const { docs } = await payload.find({ collection, where: { contentKey: { exists: true } }, locale: 'all' })
      expect(docs.length).toBeGreaterThan(0)
    }
    const [intimitalia] = (
      await payload.find({ collection: 'associations', where: { contentKey: { equals: 'intimitalia' } }, locale: 'en' })
    ).docs
    expect(intimitalia?.name).toBe('Intimitalia')
    expect(intimitalia?.coordinatorRole).toBe('Founding member')
    const it = await payload.findGlobal({ slug: 'site-settings', locale: 'it' })
    const en = await payload.findGlobal({ slug: 'site-settings', locale: 'en', fallbackLocale: false })
    expect(it.navigation?.contact).toBe('Contatti')
    expect(en.navigation?.contact).toBe('Contact')
  })
})
