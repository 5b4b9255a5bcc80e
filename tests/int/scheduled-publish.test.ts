import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { closePayload, testPayload } from './support/payload'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})
afterAll(() => closePayload(payload))

describe('scheduled publishing', () => {
  it('a draft scheduled for a time is published by the job runner once that time has come', async () => {
    const tag = uniqueTag()
    const draft = await payload.create({
      collection: 'faqs',
      locale: 'it',
      draft: true,
      data: {
        question: `Programmata ${tag}?`,
        answer: paragraphsToLexical(['Uscirà più tardi.']),
        section: 'the-role',
        _status: 'draft',
      },
      context: { disableRevalidate: true },
    })
    // What the admin's "schedule publish" does.
    await payload.jobs.queue({
      task: 'schedulePublish',
      queue: 'default',
      waitUntil: new Date(Date.now() + 1500),
      input: { type: 'publish', locale: 'it', doc: { relationTo: 'faqs', value: draft.id } },
    })

    await payload.jobs.run({ queue: 'default' })
    expect((await rest('GET', `/api/faqs/${draft.id}`)).status).toBe(404) // not yet due

    await new Promise((resolve) => setTimeout(resolve, 1600))
    await payload.jobs.run({ queue: 'default' })
    const published = await rest('GET', `/api/faqs/${draft.id}?locale=it`)
    expect(published.status).toBe(200)
    expect(published.json.question).toBe(`Programmata ${tag}?`)
  })
})
