import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { seed } from '../../src/seed'
import { faqs, glossary } from '../../src/seed/content'
import { reviseSeededContent } from '../../src/seed/revisions'
import { seedHash } from '../../src/seed/seedHash'
import { closePayload, testPayload } from './support/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload)
})
afterAll(() => closePayload(payload))

const key = 'who-is-an-intimacy-coordinator'
const seeded = faqs.find((faq) => faq.key === key)!

async function faq() {
  const { docs } = await payload.find({
    collection: 'faqs',
    where: { contentKey: { equals: key } },
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as unknown as {
    id: number
    question: Record<string, string>
    answer: Record<string, unknown>
    translationState: { fields: Record<string, string> }
  }
}

describe('seed revisions on an existing database', () => {
  it('correct the seed text no one edited, keep what the coordinator edited, and run once', async () => {
    const tag = Date.now().toString(36)
    const before = await faq()
    const oldQuestion = `Chi è l'IC? (testo del vecchio seed ${tag})`
    const edited = paragraphsToLexical([`La risposta riscritta dalla coordinatrice ${tag}.`])
    // As an older seed left it: the question as the seed wrote it, the answer edited since.
    await payload.update({
      collection: 'faqs',
      id: before.id,
      locale: 'it',
      data: { question: oldQuestion, answer: edited, _status: 'published' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
    const superseded = {
      [`faqs/${key}/question/it`]: [seedHash(oldQuestion)!],
      [`faqs/${key}/answer/it`]: [seedHash(paragraphsToLexical(['La risposta del vecchio seed.']))!],
    }
    try {
      const revision = `test-${tag}`
      expect(await reviseSeededContent(payload, () => undefined, { superseded, revision })).toBeGreaterThan(0)
      const after = await faq()
      expect(after.question.it).toBe(seeded.question.it)
      expect(seedHash(after.answer.it)).toBe(seedHash(edited)) // the coordinator's text stays
      expect(after.question.en).toBe(seeded.question.en)
      // The practice's English is still the translation of the corrected Italian.
      expect(after.translationState.fields.question).toBe('complete')
      // Once per revision: a second run changes nothing, even text that would match.
      await payload.update({
        collection: 'faqs',
        id: before.id,
        locale: 'it',
        data: { question: oldQuestion, _status: 'published' },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
      expect(await reviseSeededContent(payload, () => undefined, { superseded, revision })).toBe(0)
      expect((await faq()).question.it).toBe(oldQuestion)
    } finally {
      await payload.update({
        collection: 'faqs',
        id: before.id,
        locale: 'it',
        // `as never`: the rich text read in every locale, which Payload types as one locale's.
        data: { question: before.question.it, answer: before.answer.it as never, _status: 'published' },
        overrideAccess: true,
        context: { disableRevalidate: true },
      })
    }
  })

  it('update unedited glossary terms, drop renamed ones, add new ones; edited terms stay', async () => {
    const terms = async () =>
      (await payload.find({ collection: 'glossary', pagination: false, depth: 0, overrideAccess: true })).docs
    const byTerm = async (term: string) => (await terms()).find((doc) => doc.term === term)
    // The glossary as the first seed wrote it, one term of which the coordinator edited since.
    const old = await byTerm('sceneggiatura')
    await payload.update({
      collection: 'glossary',
      id: old!.id,
      data: { translation: 'script', note: 'For film and TV; "copione" is also "script".' },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'glossary',
      data: { term: 'indumenti di protezione', translation: 'modesty garments' },
      overrideAccess: true,
    })
    const copione = await byTerm('copione')
    await payload.delete({ collection: 'glossary', id: copione!.id, overrideAccess: true })
    const regia = await byTerm('regia')
    await payload.update({
      collection: 'glossary',
      id: regia!.id,
      data: { note: 'Nota della coordinatrice.' },
      overrideAccess: true,
    })

    await reviseSeededContent(payload, () => undefined, { revision: `glossary-${Date.now()}` })

    expect((await byTerm('sceneggiatura'))?.translation).toBe('screenplay')
    expect(await byTerm('indumenti di protezione')).toBeUndefined()
    expect((await byTerm('copione'))?.translation).toBe(glossary.find((g) => g.term === 'copione')!.translation)
    expect((await byTerm('regia'))?.note).toBe('Nota della coordinatrice.')
  })
})
