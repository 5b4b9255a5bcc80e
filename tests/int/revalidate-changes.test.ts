import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import type { PageChange } from '../../src/topology/refresh'
import { closePayload, testPayload } from './support/payload'
import { uniqueTag } from './support/samples'

/**
 * What a save or a deletion asks to refresh, as an app instance receives it. Outside a Next server
 * the hooks send it to SCENA_APP_URL (as the job worker does): here, a real HTTP server of ours.
 */
let payload: Payload
let app: http.Server
let received: Array<{ changes: PageChange[]; everything: boolean }> = []

beforeAll(async () => {
  app = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      received.push(JSON.parse(body))
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve))
  process.env.SCENA_APP_URL = `http://127.0.0.1:${(app.address() as AddressInfo).port}`
  payload = await testPayload()
})
afterAll(async () => {
  delete process.env.SCENA_APP_URL
  await closePayload(payload)
  await new Promise((resolve) => app.close(resolve))
})
beforeEach(() => {
  received = []
})

// Each path once, whichever hook asked (a rename also refreshes the redirect it leaves behind).
const removed = () => [...new Set(received.flatMap((r) => r.changes.filter((c) => c.removed).flatMap((c) => c.paths)))]
const kept = () => received.flatMap((r) => r.changes.filter((c) => !c.removed).flatMap((c) => c.paths))

async function publishedFaq(tag: string) {
  const doc = await payload.create({
    collection: 'faqs',
    locale: 'it',
    data: {
      question: `Domanda ${tag}?`,
      answer: paragraphsToLexical(['Risposta.']),
      slug: `domanda-${tag}`,
      section: 'the-role',
      order: 950,
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'faqs',
    id: doc.id,
    locale: 'en',
    data: { question: `Question ${tag}?`, answer: paragraphsToLexical(['Answer.']), slug: `question-${tag}` },
  })
  received = []
  return doc.id
}

describe('what a change asks to refresh', () => {
  it('a deletion removes the entry’s pages in every language, not only the one it was deleted in', async () => {
    const tag = uniqueTag()
    const id = await publishedFaq(tag)
    await payload.delete({ collection: 'faqs', id, locale: 'it' })
    expect(removed()).toEqual(expect.arrayContaining([`/it/faq/domanda-${tag}`, `/en/faq/question-${tag}`, '/en/faq']))
    expect(kept()).toEqual([])
  })

  it('unpublishing removes the pages of every language too', async () => {
    const tag = uniqueTag()
    const id = await publishedFaq(tag)
    await payload.update({ collection: 'faqs', id, locale: 'it', data: { _status: 'draft' } })
    expect(removed()).toEqual(expect.arrayContaining([`/it/faq/domanda-${tag}`, `/en/faq/question-${tag}`, '/it']))
    await payload.delete({ collection: 'faqs', id })
  })

  it('an edit refreshes the pages (the edge may keep them for grace); a new slug removes the old address only', async () => {
    const tag = uniqueTag()
    const id = await publishedFaq(tag)
    await payload.update({ collection: 'faqs', id, locale: 'it', data: { answer: paragraphsToLexical(['Nuova.']) } })
    expect(removed()).toEqual([])
    expect(kept()).toEqual(
      expect.arrayContaining([`/it/faq/domanda-${tag}`, `/en/faq/question-${tag}`, '/sitemap.xml']),
    )

    received = []
    await payload.update({ collection: 'faqs', id, locale: 'it', data: { slug: `rinominata-${tag}` } })
    expect(removed()).toEqual([`/it/faq/domanda-${tag}`, `/en/faq/domanda-${tag}`])
    expect(kept()).toEqual(expect.arrayContaining([`/it/faq/rinominata-${tag}`, `/en/faq/question-${tag}`]))
    await payload.delete({ collection: 'faqs', id })
  })
})
