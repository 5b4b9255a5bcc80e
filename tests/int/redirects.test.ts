import { describe, expect, it } from 'vitest'

import { findPublishedBySlug } from '../../src/data/entries'
import { redirectOrNotFound } from '../../src/site/redirects'
import { rest } from './support/rest'
import { localizedPart, sample, uniqueTag } from './support/samples'
import { withStaff } from './support/staff'

const staff = withStaff()

const itFaq = (slug: string) => `/it/domande-frequenti/${slug}`
const enFaq = (slug: string) => `/en/faq/${slug}`

/** What the site answers at an address it has no page for: the redirect's status and Location, or 404. */
async function answerAt(address: string): Promise<{ status: number; location?: string }> {
  try {
    await redirectOrNotFound([address])
  } catch (error) {
    // Next's redirect and notFound are thrown: `NEXT_REDIRECT;replace;<url>;308;` or a 404 digest.
    const digest = String((error as { digest?: unknown }).digest ?? '')
    const redirect = /^NEXT_REDIRECT;\w+;(.*);(\d{3});/.exec(digest)
    if (redirect) return { status: Number(redirect[2]), location: redirect[1] }
    if (digest.includes('404')) return { status: 404 }
    throw error
  }
  throw new Error('neither a redirect nor a 404')
}

/** A FAQ published with its own slug in each language given (written as a draft, then published at once). */
async function publishedFaq(slugs: { it: string; en?: string }): Promise<number> {
  const tag = uniqueTag()
  const created = await rest('POST', '/api/faqs?locale=it&draft=true', {
    token: staff.editor,
    body: { ...sample('faqs', 'it', tag), slug: slugs.it, _status: 'draft' },
  })
  expect(created.status, created.text).toBe(201)
  const id = created.json.doc.id as number
  if (slugs.en) {
    const english = await rest('PATCH', `/api/faqs/${id}?locale=en&draft=true`, {
      token: staff.editor,
      body: { ...localizedPart('faqs', 'en', tag), slug: slugs.en, _status: 'draft' },
    })
    expect(english.status, english.text).toBe(200)
  }
  const published = await rest('PATCH', `/api/faqs/${id}?locale=it`, {
    token: staff.editor,
    body: { _status: 'published' },
  })
  expect(published.status, published.text).toBe(200)
  expect(await redirectsOf(id)).toEqual([])
  return id
}

async function rename(id: number, locale: 'it' | 'en', slug: string, more: Record<string, unknown> = {}) {
  const res = await rest('PATCH', `/api/faqs/${id}?locale=${locale}`, {
    token: staff.editor,
    body: { ...more, slug, _status: 'published' },
  })
  expect(res.status, res.text).toBe(200)
}

const redirectsOf = async (id: number) =>
  (
    await staff.payload.find({
      collection: 'redirects',
      where: { and: [{ entryCollection: { equals: 'faqs' } }, { entryId: { equals: id } }] },
      sort: 'from',
      limit: 0,
    })
  ).docs.map((doc) => doc.from)

const storedFrom = async (from: string) =>
  (await staff.payload.count({ collection: 'redirects', where: { from: { equals: from } } })).totalDocs

describe('redirects that follow the content', () => {
  it('a slug changed in Italian only: the old Italian address answers 301 to the new one, English untouched', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `vecchia-${t}`, en: `old-${t}` })
    await rename(id, 'it', `nuova-${t}`)
    expect(await answerAt(itFaq(`vecchia-${t}`))).toEqual({ status: 308, location: itFaq(`nuova-${t}`) })
    expect(await redirectsOf(id)).toEqual([itFaq(`vecchia-${t}`)])
    expect(await answerAt(enFaq(`vecchia-${t}`))).toEqual({ status: 404 })
  })

  it('a slug changed in English only: the old English address leads to the new English one', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `domanda-${t}`, en: `old-${t}` })
    await rename(id, 'en', `new-${t}`)
    expect(await answerAt(enFaq(`old-${t}`))).toEqual({ status: 308, location: enFaq(`new-${t}`) })
    expect(await redirectsOf(id)).toEqual([enFaq(`old-${t}`)])
  })

  it('renamed twice: both former addresses go straight to the newest (no chain)', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `a-${t}`, en: `a-en-${t}` })
    await rename(id, 'it', `b-${t}`)
    await rename(id, 'it', `c-${t}`)
    expect(await answerAt(itFaq(`a-${t}`))).toEqual({ status: 308, location: itFaq(`c-${t}`) })
    expect(await answerAt(itFaq(`b-${t}`))).toEqual({ status: 308, location: itFaq(`c-${t}`) })
  })

  it('renamed back to the original: no redirect from the address the entry has again', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `prima-${t}`, en: `first-${t}` })
    await rename(id, 'it', `dopo-${t}`)
    await rename(id, 'it', `prima-${t}`)
    expect(await redirectsOf(id)).toEqual([itFaq(`dopo-${t}`)])
    expect(await answerAt(itFaq(`dopo-${t}`))).toEqual({ status: 308, location: itFaq(`prima-${t}`) })
    expect((await findPublishedBySlug('faqs', 'it', `prima-${t}`))?.id).toBe(id)
  })

  it('a draft with a new slug moves nothing until it is published', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `stabile-${t}`, en: `stable-${t}` })
    const draft = await rest('PATCH', `/api/faqs/${id}?locale=it&draft=true`, {
      token: staff.editor,
      body: { slug: `bozza-${t}`, _status: 'draft' },
    })
    expect(draft.status, draft.text).toBe(200)
    expect(await redirectsOf(id)).toEqual([])
    expect((await findPublishedBySlug('faqs', 'it', `stabile-${t}`))?.id).toBe(id)
  })

  it('an entry not translated yet: its English page moves with the Italian slug', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `solo-italiano-${t}` })
    await rename(id, 'it', `ancora-italiano-${t}`)
    expect(await answerAt(enFaq(`solo-italiano-${t}`))).toEqual({
      status: 308,
      location: enFaq(`ancora-italiano-${t}`),
    })
  })

  it('translated later: the English page at the Italian slug is not a former address (a 404, as for any translated entry)', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `tradotta-dopo-${t}` })
    await rename(id, 'en', `translated-later-${t}`, localizedPart('faqs', 'en', t))
    expect(await redirectsOf(id)).toEqual([])
    expect(await answerAt(enFaq(`tradotta-dopo-${t}`))).toEqual({ status: 404 })
    // Its English slug renamed afterwards is a move like any other.
    await rename(id, 'en', `translated-again-${t}`)
    expect(await answerAt(enFaq(`translated-later-${t}`))).toEqual({
      status: 308,
      location: enFaq(`translated-again-${t}`),
    })
  })

  it('a slug taken over by another entry: that entry’s page wins and the redirect is gone', async () => {
    const t = uniqueTag()
    const first = await publishedFaq({ it: `conteso-${t}`, en: `contested-${t}` })
    await rename(first, 'it', `spostato-${t}`)
    expect(await storedFrom(itFaq(`conteso-${t}`))).toBe(1)
    const second = await publishedFaq({ it: `conteso-${t}`, en: `other-${t}` })
    expect(await storedFrom(itFaq(`conteso-${t}`))).toBe(0)
    expect((await findPublishedBySlug('faqs', 'it', `conteso-${t}`))?.id).toBe(second)
  })

  it('deleting an entry removes its redirects', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `da-cancellare-${t}`, en: `to-delete-${t}` })
    await rename(id, 'it', `cancellata-${t}`)
    await rename(id, 'en', `deleted-${t}`)
    expect(await redirectsOf(id)).toHaveLength(2)
    const res = await rest('DELETE', `/api/faqs/${id}`, { token: staff.editor })
    expect(res.status, res.text).toBe(200)
    expect(await redirectsOf(id)).toEqual([])
    expect(await answerAt(itFaq(`da-cancellare-${t}`))).toEqual({ status: 404 })
  })

  it('an unpublished entry: its former addresses are a 404 until it is published again', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `ritirata-${t}`, en: `withdrawn-${t}` })
    await rename(id, 'it', `ritirata-ora-${t}`)
    const res = await rest('PATCH', `/api/faqs/${id}?locale=it`, { token: staff.editor, body: { _status: 'draft' } })
    expect(res.status, res.text).toBe(200)
    expect(await answerAt(itFaq(`ritirata-${t}`))).toEqual({ status: 404 })
  })

  it('an editor removes a former address through the API', async () => {
    const t = uniqueTag()
    const id = await publishedFaq({ it: `rimuovi-${t}`, en: `remove-${t}` })
    await rename(id, 'it', `rimossa-${t}`)
    const [redirect] = (await rest('GET', `/api/redirects?where[entryId][equals]=${id}`, { token: staff.editor })).json
      .docs
    expect(redirect.from).toBe(itFaq(`rimuovi-${t}`))
    expect((await rest('DELETE', `/api/redirects/${redirect.id}`, { token: staff.translator })).status).toBe(403)
    expect((await rest('DELETE', `/api/redirects/${redirect.id}`, { token: staff.editor })).status).toBe(200)
    expect(await answerAt(itFaq(`rimuovi-${t}`))).toEqual({ status: 404 })
  })
})

describe('redirects made by hand', () => {
  const create = (body: Record<string, unknown>, token = staff.editor, headers?: Record<string, string>) =>
    rest('POST', '/api/redirects', { token, body, headers })

  it('an old site’s address leads to a page of the site', async () => {
    const from = `/vecchio-${uniqueTag()}.html`
    const res = await create({ from, to: '/it/domande-frequenti' })
    expect(res.status, res.text).toBe(201)
    expect(await answerAt(from)).toEqual({ status: 308, location: '/it/domande-frequenti' })
  })

  it('an absolute address on the site’s own host is stored as its path', async () => {
    const from = `/pagina-${uniqueTag()}.php`
    const res = await create({ from: `http://localhost:3000${from}`, to: 'http://localhost:3000/en/faq?x=1' })
    expect(res.status, res.text).toBe(201)
    expect(res.json.doc).toMatchObject({ from, to: '/en/faq?x=1' })
  })

  it.each([
    ['//evil.example', /single \/|another site/],
    ['https://evil.example/x', /another site|this site/],
    ['http://evil.example', /another site|this site/],
    ['/\\evil', /backslash/],
    ['javascript:alert(1)', /single \//],
    ['/with space', /spaces/],
    ['/tab\there', /control/],
    ['evil.example/x', /single \//],
    [`/${'x'.repeat(400)}`, /too long|At most 300/],
  ])('refuses the target %j with a 400 and stores nothing', async (to, message) => {
    const from = `/rifiutato-${uniqueTag()}.html`
    const res = await create({ from, to })
    expect(res.status, res.text).toBe(400)
    expect(res.text).toMatch(message)
    expect(await storedFrom(from)).toBe(0)
  })

  it.each(['//evil.example', 'https://evil.example/faq.html', '/\\evil', '/a b.html'])(
    'refuses the old address %j with a 400',
    async (from) => {
      const res = await create({ from, to: '/it' })
      expect(res.status, res.text).toBe(400)
      expect((await staff.payload.count({ collection: 'redirects', where: { to: { equals: '/it' } } })).totalDocs).toBe(
        0,
      )
    },
  )

  it('refuses an old address that is a page now, and a redirect to itself, in the admin’s language', async () => {
    const page = await create({ from: '/it/domande-frequenti', to: '/it' }, staff.editor, { 'Accept-Language': 'it' })
    expect(page.status, page.text).toBe(400)
    expect(page.text).toContain('è già una pagina del sito')
    const t = uniqueTag()
    await publishedFaq({ it: `esistente-${t}`, en: `existing-${t}` })
    expect((await create({ from: enFaq(`existing-${t}`), to: '/en' })).status).toBe(400)
    const itself = await create({ from: `/uguale-${t}.html`, to: `/uguale-${t}.html` })
    expect(itself.status, itself.text).toBe(400)
    expect(itself.text).toMatch(/same as the old one/)
  })

  it('an editor cannot make a redirect that claims to follow an entry: the target is required', async () => {
    const from = `/finto-${uniqueTag()}.html`
    const res = await create({ from, entryCollection: 'faqs', entryId: 1, entryLocale: 'it' })
    expect(res.status, res.text).toBe(400)
    expect(await storedFrom(from)).toBe(0)
  })

  it('translators may not write redirects, anonymous visitors may not read them', async () => {
    const from = `/traduttore-${uniqueTag()}.html`
    expect((await create({ from, to: '/en' }, staff.translator)).status).toBe(403)
    expect(await storedFrom(from)).toBe(0)
    const anonymous = await rest('GET', '/api/redirects')
    expect(anonymous.status).toBe(403)
    expect(anonymous.json?.docs).toBeUndefined()
    expect((await rest('GET', '/api/redirects', { token: staff.translator })).status).toBe(200)
  })
})
