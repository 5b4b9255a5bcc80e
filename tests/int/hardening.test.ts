import { describe, expect, it } from 'vitest'

import { MAX_ANONYMOUS_LIMIT } from '../../src/hooks/rejectBadQuery'
import { rest } from './support/rest'
import { sample, uniqueTag } from './support/samples'
import { withStaff } from './support/staff'

const staff = withStaff()

const count = async (collection: 'faqs' | 'services' = 'faqs') =>
  (await staff.payload.count({ collection, overrideAccess: true })).totalDocs

async function publishedFaq(): Promise<number> {
  const doc = await staff.payload.create({
    collection: 'faqs',
    // `as never`: sample() serves every content type untyped; create() wants one collection's data.
    data: { ...sample('faqs', 'it', uniqueTag()), _status: 'published' } as never,
    locale: 'it',
    overrideAccess: true,
    context: { disableRevalidate: true },
  })
  return doc.id as number
}

const noStack = (text: string) => expect(text).not.toMatch(/at .*\.(js|ts):\d+|select |Failed query/i)

describe('ids that cannot exist are a 400 with a message, never a 500', () => {
  it.each([
    ['GET', '/api/faqs/abc'],
    ['GET', '/api/faqs/1.5'],
    ['GET', '/api/faqs/-3'],
    ['GET', '/api/faqs/2147483648'],
    ['GET', '/api/faqs/99999999999999999999'],
    ['GET', '/api/media/0x10'],
    ['DELETE', '/api/faqs/2147483648'],
    ['PATCH', '/api/faqs/abc'],
  ] as const)('%s %s', async (method, path) => {
    const before = await count()
    const res = await rest(method, path, { token: staff.editor, body: method === 'PATCH' ? { order: 3 } : undefined })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toMatch(/id/i)
    noStack(res.text)
    expect(await count()).toBe(before)
  })

  it.each([
    '/api/faqs?where[id][equals]=2147483648',
    '/api/faqs?where[id][equals]=1.5',
    '/api/faqs?where[id][in]=1,abc',
    '/api/faqs?where[id][equals]=99999999999999999999',
    '/api/faqs?where[_status][equals]=nonsense',
    '/api/faqs?where[section][in]=nonsense',
    '/api/faqs?where=notjson',
    '/api/faqs?where[answer][like]=a',
    '/api/faqs?where[or][0][answer][contains]=a',
    '/api/faqs?where[order][near]=1,2',
  ])('a value that does not fit its field in a query: %s', async (path) => {
    const res = await rest('GET', path)
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message.length).toBeGreaterThan(10)
    noStack(res.text)
  })

  it('a malformed percent-escape is a 400', async () => {
    for (const path of ['/api/faqs/%ZZ', '/api/faqs/%E0%A4%A']) {
      const res = await rest('GET', path)
      expect(res.status).toBe(400)
      expect(res.text).toMatch(/percent-escape/)
    }
  })

  it('a valid id that does not exist is still a 404', async () => {
    expect((await rest('GET', '/api/faqs/2147483647')).status).toBe(404)
  })
})

describe('paging and sorting', () => {
  it.each(['page=-5', 'page=0', 'page=abc', 'page=1.5', 'limit=-1', 'limit=abc', 'depth=-1', 'depth=99', 'depth=x'])(
    '?%s is a 400 naming the parameter',
    async (query) => {
      const res = await rest('GET', `/api/faqs?${query}`)
      expect(res.status).toBe(400)
      expect(res.json.errors[0].message).toMatch(new RegExp(query.split('=')[0]!))
    },
  )

  it.each(['sort=nope', 'sort=-nope', 'sort=order,nope', 'sort=password'])(
    'an unknown sort field (%s) is a 400',
    async (q) => {
      const res = await rest('GET', `/api/faqs?${q}`)
      expect(res.status).toBe(400)
      expect(res.json.errors[0].message).toMatch(/sort/i)
    },
  )

  it('known sort fields still work, ascending and descending', async () => {
    for (const q of ['sort=order', 'sort=-order', 'sort=-createdAt,order', 'sort=question']) {
      expect((await rest('GET', `/api/faqs?${q}`)).status).toBe(200)
    }
  })

  it(`anonymous reads get at most ${MAX_ANONYMOUS_LIMIT} entries however they ask`, async () => {
    const existing = await staff.payload.count({ collection: 'faqs', where: { _status: { equals: 'published' } } })
    for (let i = existing.totalDocs; i <= MAX_ANONYMOUS_LIMIT; i++) await publishedFaq()
    for (const q of ['limit=1000000', 'limit=0', 'pagination=false', `limit=${MAX_ANONYMOUS_LIMIT + 1}`]) {
      const res = await rest('GET', `/api/faqs?${q}&depth=0`)
      expect(res.status).toBe(200)
      expect(res.json.docs.length).toBe(MAX_ANONYMOUS_LIMIT)
      expect(res.json.totalDocs).toBeGreaterThan(MAX_ANONYMOUS_LIMIT)
    }
    // Signed-in staff (the admin's lists) are not capped.
    const staffRead = await rest('GET', '/api/faqs?limit=0&depth=0', { token: staff.editor })
    expect(staffRead.json.docs.length).toBeGreaterThan(MAX_ANONYMOUS_LIMIT)
  })

  it('a where with hundreds of conditions is refused', async () => {
    const clauses = Array.from({ length: 150 }, (_, i) => `where[or][${i}][order][equals]=${i}`).join('&')
    const res = await rest('GET', `/api/faqs?${clauses}`)
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toMatch(/conditions/)
  })
})

describe('request size', () => {
  it('a 10 MB JSON body is refused with 413 before it is read, and nothing is stored', async () => {
    const before = await count()
    const huge = { ...sample('faqs', 'it', uniqueTag()), question: 'x'.repeat(10 * 1024 * 1024) }
    const res = await rest('POST', '/api/faqs?locale=it', { token: staff.editor, body: huge })
    expect(res.status).toBe(413)
    expect(res.json.errors[0].message).toMatch(/larger than/)
    expect(await count()).toBe(before)
  })

  it('a body streamed without Content-Length is cut off at the limit with 413', async () => {
    const before = await count()
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"question":"'))
        if (sent++ < 40) controller.enqueue(chunk)
        else {
          controller.enqueue(new TextEncoder().encode('"}'))
          controller.close()
        }
      },
    })
    const { POST } = await import('../../src/api/routes')
    const request = new Request('http://localhost:3000/api/faqs?locale=it', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${staff.editor}` },
      body,
      duplex: 'half',
    } as RequestInit)
    const res = await POST(request, { params: Promise.resolve({ slug: ['faqs'] }) })
    expect(res.status).toBe(413)
    expect(await count()).toBe(before)
  })

  it.each([
    ['faqs', 'question', 'x'.repeat(301)],
    ['services', 'title', 'x'.repeat(301)],
    ['services', 'summary', 'y'.repeat(10_001)],
  ] as const)(
    'an over-long %s %s is refused with 400 naming the field, in a draft too',
    async (collection, field, value) => {
      for (const status of ['draft', 'published']) {
        const before = await count(collection)
        const res = await rest('POST', `/api/${collection}?locale=it`, {
          token: staff.editor,
          body: { ...sample(collection, 'it', uniqueTag()), [field]: value, _status: status },
        })
        expect(res.status).toBe(400)
        expect(res.text).toContain(field)
        expect(await count(collection)).toBe(before)
      }
    },
  )

  it('an over-long value in an update leaves the stored entry as it was', async () => {
    const id = await publishedFaq()
    const res = await rest('PATCH', `/api/faqs/${id}?locale=en&draft=true`, {
      token: staff.editor,
      body: { question: 'q'.repeat(5000) },
    })
    expect(res.status).toBe(400)
    const stored = await staff.payload.findByID({ collection: 'faqs', id, locale: 'en', draft: true })
    expect(String(stored.question ?? '')).not.toContain('qqqq')
  })
})

describe('GraphQL', () => {
  it('is not offered: a query of many aliases costs nothing and answers 404', async () => {
    const query = `{ ${Array.from({ length: 490 }, (_, i) => `a${i}: Faqs(limit: 1) { totalDocs }`).join(' ')} }`
    const started = performance.now()
    const res = await rest('POST', '/api/graphql', { body: { query } })
    expect(res.status).toBe(404)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe('XLIFF import size', () => {
  it('a file of 50,000 units is refused with a message before any database work', async () => {
    const units = Array.from(
      { length: 50_000 },
      (_, i) => `<unit id="faqs.${i + 1}.question.x"><segment><source>a</source><target>b</target></segment></unit>`,
    ).join('')
    const xml = `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="it" trgLang="en"><file id="f">${units}</file></xliff>`
    const res = await rest('POST', '/api/xliff/import', {
      token: staff.translator,
      body: xml,
      headers: { 'Content-Type': 'application/xliff+xml' },
    })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toMatch(/50000 units.*at most 5000/)
  })
})
