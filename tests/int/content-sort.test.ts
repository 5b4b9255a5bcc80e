import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentCollection, type ContentType } from '../../src/collections/content'
import { contentTypes } from '../../src/collections/contentTypes'
import { contentCollectionSlugs } from '../../src/collections/slugs'
import { listPublished } from '../../src/data/entries'
import { closePayload, testPayload } from './support/payload'
import { sample, uniqueTag } from './support/samples'

let payload: Payload
const ids: number[] = []

beforeAll(async () => {
  payload = await testPayload()
  for (const order of [1, 2]) {
    const doc = await payload.create({
      collection: 'kit-items',
      locale: 'it',
      data: { ...sample('kit-items', 'it', uniqueTag()), order, _status: 'published' } as never,
      context: { disableRevalidate: true },
    })
    ids.push(doc.id)
  }
})
afterAll(() => closePayload(payload))

describe('a sort per content type (src/collections/content.ts)', () => {
  it('is the editors’ order unless the type says otherwise', () => {
    const label = { it: 'Rassegna stampa', en: 'Press coverage' }
    const type: ContentType = {
      slug: 'kit-items',
      labels: { singular: label, plural: label },
      titleField: 'name',
      columns: [],
      fields: [],
    }
    expect(contentCollection(type).defaultSort).toBe('order')
    expect(contentCollection({ ...type, sort: '-updatedAt' }).defaultSort).toBe('-updatedAt')
  })

  it('keeps every existing type in its order, in the admin too', () => {
    for (const collection of contentCollectionSlugs) {
      expect(contentTypes[collection].defaultSort, collection).toBe('order')
      expect(payload.collections[collection].config.defaultSort, collection).toBe('order')
    }
  })

  it('orders the site’s lists', async () => {
    const mine = async () => (await listPublished('kit-items')).map((doc) => doc.id).filter((id) => ids.includes(id))
    expect(await mine()).toEqual(ids)
    const type = contentTypes['kit-items']
    type.defaultSort = '-order'
    try {
      expect(await mine()).toEqual([...ids].reverse())
    } finally {
      type.defaultSort = 'order'
    }
  })
})
