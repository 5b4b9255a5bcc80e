import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import sitemap from '../../src/app/sitemap'
import { getFaq, listFaqs } from '../../src/data/faqs'
import { pathsToRevalidate } from '../../src/hooks/revalidate'
import { alternatesMetadata } from '../../src/site/metadata'
import { entryPaths } from '../../src/site/urls'
import { paragraphsToLexical } from '../../src/fields/richText'
import { closePayload, testPayload } from './support/payload'
import { uniqueTag } from './support/samples'

let payload: Payload
let translatedId: number
let untranslatedId: number
let draftId: number
const tag = uniqueTag()
const itSlug = (name: string) => `${name}-${tag}`

async function createFaq(name: string, status: 'published' | 'draft', english: boolean) {
  const doc = await payload.create({
    collection: 'faqs',
    locale: 'it',
    draft: status === 'draft',
    data: {
      question: `Domanda ${name} ${tag}?`,
      answer: paragraphsToLexical([`Risposta ${name}`]),
      slug: itSlug(name),
      section: 'the-role',
      order: 900,
      _status: status,
    },
    context: { disableRevalidate: true },
  })
  if (english) {
    await payload.update({
      collection: 'faqs',
      id: doc.id,
      locale: 'en',
      data: { question: `Question ${name} ${tag}?`, answer: paragraphsToLexical([`Answer ${name}`]), _status: status },
      context: { disableRevalidate: true },
    })
  }
  return doc.id
}

beforeAll(async () => {
  payload = await testPayload()
  translatedId = await createFaq('tradotta', 'published', true)
  untranslatedId = await createFaq('non-tradotta', 'published', false)
  draftId = await createFaq('bozza', 'draft', false)
})
afterAll(() => closePayload(payload))

describe('public data', () => {
  it('finds a translated FAQ by its own slug in each language, and not by the other language’s slug', async () => {
    const english = await getFaq('en', `question-tradotta-${tag}`)
    expect(english?.id).toBe(translatedId)
    expect(english?.question).toEqual({ value: `Question tradotta ${tag}?`, lang: 'en' })
    expect(english?.slugs).toEqual({ it: itSlug('tradotta'), en: `question-tradotta-${tag}` })
    expect((await getFaq('it', itSlug('tradotta')))?.id).toBe(translatedId)
    expect(await getFaq('en', itSlug('tradotta'))).toBeNull()
  })

  it('serves an untranslated FAQ in English at its Italian slug, marked as Italian', async () => {
    const faq = await getFaq('en', itSlug('non-tradotta'))
    expect(faq?.id).toBe(untranslatedId)
    expect(faq?.question.lang).toBe('it')
    expect(faq?.answer?.lang).toBe('it')
    expect(faq?.translatedIn).toEqual(['it'])
    expect(faq?.slugs.en).toBe(itSlug('non-tradotta'))
  })

  it('never shows drafts', async () => {
    expect(await getFaq('it', itSlug('bozza'))).toBeNull()
    expect((await listFaqs('it')).map((f) => f.id)).not.toContain(draftId)
  })

  it('leaves untranslated entries out of English hreflang and the sitemap', async () => {
    const faq = (await getFaq('it', itSlug('non-tradotta')))!
    const alternates = alternatesMetadata('it', entryPaths('/faq/[slug]', faq.slugs), faq.translatedIn)
    expect(Object.keys(alternates?.languages ?? {})).toEqual(['it', 'x-default'])
    expect(alternates?.canonical).toBe(`http://localhost:3000/it/domande-frequenti/${itSlug('non-tradotta')}`)

    const urls = (await sitemap()).map((entry) => entry.url)
    expect(urls).toContain(`http://localhost:3000/it/domande-frequenti/${itSlug('non-tradotta')}`)
    expect(urls).not.toContain(`http://localhost:3000/en/faq/${itSlug('non-tradotta')}`)
    expect(urls).toContain(`http://localhost:3000/en/faq/question-tradotta-${tag}`)
    expect(urls).toContain('http://localhost:3000/en/faq')
    expect(urls).toContain('http://localhost:3000/it/domande-frequenti')
    expect(urls.some((url) => url.includes(itSlug('bozza')))).toBe(false)
  })

  it('revalidates the old and new paths of an entry in every language', () => {
    const paths = pathsToRevalidate('faqs', { it: 'nuovo', en: 'new' }, { it: 'vecchio' })
    for (const path of [
      '/it',
      '/en',
      '/it/faq',
      '/en/faq',
      '/it/faq/nuovo',
      '/en/faq/new',
      '/it/faq/vecchio',
      '/en/faq/vecchio',
    ]) {
      expect(paths).toContain(path)
    }
    expect(pathsToRevalidate('kit-items', 'x')).toEqual(['/it', '/it/kit', '/en', '/en/kit'])
  })
})
