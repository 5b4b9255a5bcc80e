import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Enquiry, EnquiryAccess, User } from '../../src/payload-types'
import { VIEW_WINDOW_MS } from '../../src/privacy/accessLog'
import { ENQUIRY_RETENTION_TASK, deletionDate } from '../../src/privacy/retention'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'
import { withStaff } from './support/staff'
import { signIn } from './support/users'

/** Who read what: the enquiry access log, through the real REST handlers and database. */

const staff = withStaff()
let admin = ''
let editorUser: User
let adminUser: User
beforeAll(async () => {
  admin = (await signIn(staff.payload, 'admin')).token
  editorUser = await userByEmail(staff.payload, 'editor@test.scena.local')
  adminUser = await userByEmail(staff.payload, 'admin@test.scena.local')
})

async function userByEmail(payload: Payload, email: string): Promise<User> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    overrideAccess: true,
  })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return docs[0]
}

const DAY = 24 * 60 * 60 * 1000

/** An enquiry as the contact form stores it, every field carrying `tag`; optionally `daysAgo`. */
async function enquiry(tag: string, daysAgo = 0): Promise<Enquiry> {
  const doc = await staff.payload.create({
    collection: 'enquiries',
    data: {
      name: `Nome ${tag}`,
      email: `mail-${tag}@example.org`,
      organisation: `Produzione ${tag}`,
      dates: `Date ${tag}`,
      message: `Messaggio riservato ${tag}`,
      locale: 'it',
      status: 'new',
    },
    overrideAccess: true,
  })
  if (daysAgo === 0) return doc
  const createdAt = new Date(Date.now() - daysAgo * DAY).toISOString()
  await staff.payload.db.updateOne({ collection: 'enquiries', id: doc.id, data: { createdAt } })
  return { ...doc, createdAt }
}

/** The log's entries about one enquiry, oldest first. */
async function entriesFor(enquiryId: number): Promise<EnquiryAccess[]> {
  const { docs } = await staff.payload.find({
    collection: 'enquiry-access',
    where: { enquiryId: { equals: enquiryId } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

const exists = async (id: number) =>
  (await staff.payload.find({ collection: 'enquiries', where: { id: { equals: id } }, overrideAccess: true }))
    .totalDocs === 1

/** An entry holds these fields and nothing the sender wrote. */
function expectNoContent(entries: EnquiryAccess[], tag: string) {
  for (const entry of entries) {
    expect(Object.keys(entry).sort()).toEqual(
      ['action', 'createdAt', 'enquiryId', 'expiresAt', 'id', 'updatedAt', 'user', 'userEmail'].sort(),
    )
    expect(JSON.stringify(entry)).not.toContain(tag)
  }
}

describe('views', () => {
  it('an editor opening an enquiry through REST is one entry, however often it is read in the window', async () => {
    const tag = uniqueTag()
    const doc = await enquiry(tag, 10)
    for (let i = 0; i < 3; i++) {
      const res = await rest('GET', `/api/enquiries/${doc.id}`, { token: staff.editor })
      expect(res.status).toBe(200)
      expect(res.json.message).toBe(`Messaggio riservato ${tag}`)
    }
    const entries = await entriesFor(doc.id)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      action: 'view',
      enquiryId: doc.id,
      user: editorUser.id,
      userEmail: 'editor@test.scena.local',
      expiresAt: deletionDate(doc.createdAt).toISOString(),
    })
    expect(Date.now() - new Date(entries[0]!.createdAt).getTime()).toBeLessThan(60_000)
    expectNoContent(entries, tag)
  })

  it('another account’s view is its own entry; a view after the window is a new one', async () => {
    const tag = uniqueTag()
    const doc = await enquiry(tag)
    await rest('GET', `/api/enquiries/${doc.id}`, { token: staff.editor })
    await rest('GET', `/api/enquiries/${doc.id}`, { token: admin })
    const [first, second] = await entriesFor(doc.id)
    expect([first?.user, second?.user]).toEqual([editorUser.id, adminUser.id])

    // The editor's entry moved back past the window: opening it again is recorded again.
    const before = new Date(Date.now() - VIEW_WINDOW_MS - 1000).toISOString()
    await staff.payload.db.updateOne({ collection: 'enquiry-access', id: first!.id, data: { createdAt: before } })
    await rest('GET', `/api/enquiries/${doc.id}`, { token: staff.editor })
    const entries = await entriesFor(doc.id)
    expect(entries.map((e) => [e.action, e.user])).toEqual([
      ['view', editorUser.id],
      ['view', adminUser.id],
      ['view', editorUser.id],
    ])
  })

  it('the admin’s edit view (a Local API read with the user’s rights) is a view', async () => {
    const tag = uniqueTag()
    const doc = await enquiry(tag)
    // What @payloadcms/next's getDocumentData does when the edit view renders.
    await staff.payload.findByID({
      collection: 'enquiries',
      id: doc.id,
      depth: 0,
      draft: true,
      fallbackLocale: false,
      overrideAccess: false,
      user: { ...editorUser, collection: 'users' },
    })
    expect((await entriesFor(doc.id)).map((e) => [e.action, e.user])).toEqual([['view', editorUser.id]])
  })

  it('listing enquiries is not a view of each one', async () => {
    const tag = uniqueTag()
    const doc = await enquiry(tag)
    const res = await rest('GET', `/api/enquiries?where[id][equals]=${doc.id}`, { token: staff.editor })
    expect(res.status).toBe(200)
    expect(res.json.docs[0].message).toBe(`Messaggio riservato ${tag}`)
    expect(await entriesFor(doc.id)).toEqual([])
  })

  it('reading only when it changed (the edit view’s stale-data check) is not a view', async () => {
    const doc = await enquiry(uniqueTag())
    const res = await rest('GET', `/api/enquiries/${doc.id}?select[updatedAt]=true`, { token: staff.editor })
    expect(res.status).toBe(200)
    expect(res.json.message).toBeUndefined()
    expect(await entriesFor(doc.id)).toEqual([])
  })

  it('the server’s own reads and refused reads record nothing', async () => {
    const doc = await enquiry(uniqueTag())
    // No user: notifications, retention, the privacy tools' look-ups.
    await staff.payload.findByID({ collection: 'enquiries', id: doc.id })
    // A user, but the server's rights (overrideAccess: true is the Local API's default).
    await staff.payload.findByID({ collection: 'enquiries', id: doc.id, user: { ...editorUser, collection: 'users' } })
    expect((await rest('GET', `/api/enquiries/${doc.id}`)).status).toBe(403)
    expect((await rest('GET', `/api/enquiries/${doc.id}`, { token: staff.translator })).status).toBe(403)
    expect(await entriesFor(doc.id)).toEqual([])
  })

  it('a deletion by the server (no user, as the retention job deletes) is no erasure', async () => {
    const doc = await enquiry(uniqueTag())
    await staff.payload.delete({ collection: 'enquiries', where: { id: { equals: doc.id } }, overrideAccess: true })
    expect(await exists(doc.id)).toBe(false)
    expect(await entriesFor(doc.id)).toEqual([])
  })
})

describe('exports and erasures', () => {
  it('the privacy export records one export per enquiry, by the admin', async () => {
    const tag = uniqueTag()
    const [a, b] = [await enquiry(tag), await enquiry(tag, 100)]
    const res = await rest('GET', `/api/privacy/enquiries?email=mail-${tag}@example.org`, { token: admin })
    expect(res.status).toBe(200)
    expect(res.json.count).toBe(2)
    for (const doc of [a!, b!]) {
      const entries = await entriesFor(doc.id)
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({
        action: 'export',
        user: adminUser.id,
        userEmail: 'admin@test.scena.local',
        expiresAt: deletionDate(doc.createdAt).toISOString(),
      })
      expectNoContent(entries, tag)
    }
    // Each export is a copy handed out: a second one is recorded too.
    await rest('GET', `/api/privacy/enquiries?email=mail-${tag}@example.org`, { token: admin })
    expect((await entriesFor(a!.id)).map((e) => e.action)).toEqual(['export', 'export'])
  })

  it('the privacy erase records one erasure per enquiry, and the entries outlive them', async () => {
    const tag = uniqueTag()
    const [a, b] = [await enquiry(tag), await enquiry(tag, 30)]
    const res = await rest('POST', '/api/privacy/erase', {
      token: admin,
      body: { email: `mail-${tag}@example.org`, confirm: true },
    })
    expect(res.json).toEqual({ erased: 2 })
    for (const doc of [a!, b!]) {
      expect(await exists(doc.id)).toBe(false)
      const entries = await entriesFor(doc.id)
      expect(entries).toHaveLength(1)
      expect(entries[0]).toMatchObject({
        action: 'erasure',
        user: adminUser.id,
        expiresAt: deletionDate(doc.createdAt).toISOString(),
      })
      expectNoContent(entries, tag)
    }
  })

  it('DELETE by an editor, one or several, records erasures that outlive the enquiries', async () => {
    const tag = uniqueTag()
    const one = await enquiry(tag)
    const res = await rest('DELETE', `/api/enquiries/${one.id}`, { token: staff.editor })
    expect(res.status).toBe(200)
    expect(await exists(one.id)).toBe(false)
    expect((await entriesFor(one.id)).map((e) => [e.action, e.user, e.userEmail])).toEqual([
      ['erasure', editorUser.id, 'editor@test.scena.local'],
    ])

    // The admin list's "delete selected": a bulk DELETE.
    const [a, b] = [await enquiry(tag), await enquiry(tag)]
    const bulk = await rest('DELETE', `/api/enquiries?where[id][in]=${a!.id},${b!.id}`, { token: staff.editor })
    expect(bulk.status).toBe(200)
    for (const doc of [a!, b!]) {
      expect(await exists(doc.id)).toBe(false)
      const entries = await entriesFor(doc.id)
      expect(entries.map((e) => e.action)).toEqual(['erasure'])
      expectNoContent(entries, tag)
    }
  })

  it('an update is neither a view nor an erasure', async () => {
    const doc = await enquiry(uniqueTag())
    const res = await rest('PATCH', `/api/enquiries/${doc.id}`, { token: staff.editor, body: { status: 'answered' } })
    expect(res.status).toBe(200)
    expect(await entriesFor(doc.id)).toEqual([])
  })
})

describe('when the log cannot be written', () => {
  /** Makes every write to the access log fail while `run` runs. */
  async function withBrokenLog(run: () => Promise<void>) {
    const create = staff.payload.create.bind(staff.payload)
    // `as never` twice below: create() is typed per collection, which a pass-through cannot name.
    const spy = vi
      .spyOn(staff.payload, 'create')
      .mockImplementation(((args: { collection: string }) =>
        args.collection === 'enquiry-access'
          ? Promise.reject(new Error('log unavailable'))
          : create(args as never)) as never)
    try {
      await run()
    } finally {
      spy.mockRestore()
    }
  }

  it('a view, an export and an erasure fail rather than happen unrecorded', async () => {
    const tag = uniqueTag()
    const doc = await enquiry(tag)
    await withBrokenLog(async () => {
      const view = await rest('GET', `/api/enquiries/${doc.id}`, { token: staff.editor })
      expect(view.status).toBe(500)
      expect(view.text).not.toContain(tag)

      const exported = await rest('GET', `/api/privacy/enquiries?email=mail-${tag}@example.org`, { token: admin })
      expect(exported.status).toBe(500)
      expect(exported.text).not.toContain(tag)

      expect((await rest('DELETE', `/api/enquiries/${doc.id}`, { token: staff.editor })).status).toBe(500)
      const erase = await rest('POST', '/api/privacy/erase', {
        token: admin,
        body: { email: `mail-${tag}@example.org`, confirm: true },
      })
      expect(erase.status).toBe(500)
    })
    expect(await exists(doc.id)).toBe(true)
    expect(await entriesFor(doc.id)).toEqual([])
  })
})

describe('who reads the log', () => {
  it('admins only; nobody writes it through the API', async () => {
    const doc = await enquiry(uniqueTag())
    await rest('GET', `/api/enquiries/${doc.id}`, { token: staff.editor })
    const [entry] = await entriesFor(doc.id)

    for (const token of [undefined, staff.editor, staff.translator]) {
      expect((await rest('GET', '/api/enquiry-access', { token })).status).toBe(403)
      expect((await rest('GET', `/api/enquiry-access/${entry!.id}`, { token })).status).toBe(403)
    }
    const list = await rest('GET', `/api/enquiry-access?where[enquiryId][equals]=${doc.id}`, { token: admin })
    expect(list.status).toBe(200)
    expect(list.json.docs.map((e: EnquiryAccess) => e.id)).toEqual([entry!.id])

    const data = { action: 'view', enquiryId: doc.id, userEmail: 'x@example.org', expiresAt: new Date() }
    for (const token of [staff.editor, admin]) {
      expect((await rest('POST', '/api/enquiry-access', { token, body: data })).status).toBe(403)
      expect((await rest('PATCH', `/api/enquiry-access/${entry!.id}`, { token, body: { enquiryId: 1 } })).status).toBe(
        403,
      )
      expect((await rest('DELETE', `/api/enquiry-access/${entry!.id}`, { token })).status).toBe(403)
    }
    expect(await entriesFor(doc.id)).toMatchObject([{ id: entry!.id, enquiryId: doc.id }])
  })
})

describe('retention', () => {
  const saved = process.env.ENQUIRY_RETENTION_DAYS
  afterAll(() => {
    if (saved === undefined) delete process.env.ENQUIRY_RETENTION_DAYS
    else process.env.ENQUIRY_RETENTION_DAYS = saved
  })

  it('the daily job deletes expired entries, keeps the others, and its deletions are no erasures', async () => {
    delete process.env.ENQUIRY_RETENTION_DAYS
    const tag = uniqueTag()
    // Viewed, then past its retention: the job deletes it and the entry about it.
    const expired = await enquiry(tag, 731)
    await rest('GET', `/api/enquiries/${expired.id}`, { token: staff.editor })
    // Erased long ago: the enquiry is gone, its erasure entry expires with its retention.
    const erased = await enquiry(tag, 731)
    await rest('DELETE', `/api/enquiries/${erased.id}`, { token: staff.editor })
    // Recent, viewed and erased: both kept.
    const recent = await enquiry(tag, 100)
    await rest('GET', `/api/enquiries/${recent.id}`, { token: staff.editor })
    const recentErased = await enquiry(tag, 100)
    await rest('DELETE', `/api/enquiries/${recentErased.id}`, { token: staff.editor })
    expect((await entriesFor(expired.id)).map((e) => e.action)).toEqual(['view'])
    expect((await entriesFor(erased.id)).map((e) => e.action)).toEqual(['erasure'])

    // Any entry the job wrote would expire at once and be purged with the others: watch the writes.
    const create = vi.spyOn(staff.payload, 'create')
    try {
      await staff.payload.jobs.queue({ task: ENQUIRY_RETENTION_TASK, input: {}, queue: 'default' })
      await staff.payload.jobs.run({ queue: 'default' })
      expect(create.mock.calls.filter(([args]) => args.collection === 'enquiry-access')).toEqual([])
    } finally {
      create.mockRestore()
    }

    expect(await exists(expired.id)).toBe(false)
    expect(await entriesFor(expired.id)).toEqual([])
    expect(await entriesFor(erased.id)).toEqual([])
    expect((await entriesFor(recent.id)).map((e) => e.action)).toEqual(['view'])
    expect((await entriesFor(recentErased.id)).map((e) => e.action)).toEqual(['erasure'])
  })
})
