import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { adminLinks, englishItem, type LaunchItem, type LaunchItemId, launchChecklist } from '../../src/launch/checks'
import { configFrom } from '../../src/env'
import { secretCheck, siteUrlCheck } from '../../src/launch/checks'
import { developmentSecret } from '../../src/runtime/secret'
import { draftOnlyEnglish } from '../../src/launch/draftOnlyEnglish'
import { freePort } from './support/freePort'
import { rest } from './support/rest'
import { localizedPart, sample, uniqueTag } from './support/samples'
import { withStaff } from './support/staff'
import { makeTempDir, removeDir } from './support/tempDir'
import { signIn } from './support/users'

const staff = withStaff()
let admin = ''

/** What each test changes in the environment, put back after it. */
const envKeys = ['SITE_URL', 'PAYLOAD_SECRET', 'SMTP_HOST', 'SMTP_PORT', 'SMTP_FROM', 'CONTACT_NOTIFY_TO'] as const
const savedEnv = Object.fromEntries(envKeys.map((key) => [key, process.env[key]]))
afterEach(() => {
  for (const key of envKeys) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
})

/** The settings this file changes, read before and written back after, for the files that follow. */
let savedSettings: Record<string, unknown> = {}
let savedRole: Record<string, unknown> = {}
let savedReviewed = false
beforeAll(async () => {
  admin = (await signIn(staff.payload, 'admin')).token
  // Other files may have left the settings empty; the site title is required to save them.
  for (const locale of ['it', 'en'] as const) {
    const current = await staff.payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false })
    if (!current.siteTitle) await settings({ siteTitle: 'Intimacy Coordinator' }, locale)
  }
  const settingsNow = (await staff.payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0 })) as {
    contactEmail: unknown
    controller: unknown
    coordinatorName: unknown
    role: Record<string, unknown> | null
  }
  savedSettings = {
    contactEmail: settingsNow.contactEmail ?? null,
    controller: settingsNow.controller ?? {},
    coordinatorName: settingsNow.coordinatorName ?? null,
  }
  savedRole = settingsNow.role ?? {}
  savedReviewed = Boolean((await staff.payload.findGlobal({ slug: 'privacy-notice', depth: 0 })).reviewed)
})
afterAll(async () => {
  await settings(savedSettings)
  for (const locale of ['it', 'en'] as const) await settings({ role: savedRole[locale] ?? null }, locale)
  await staff.payload.updateGlobal({ slug: 'privacy-notice', data: { reviewed: savedReviewed }, overrideAccess: true })
  await backupStatus({})
  await launchStatus({})
})

const settings = (data: Record<string, unknown>, locale: 'it' | 'en' = 'it') =>
  staff.payload.updateGlobal({ slug: 'site-settings', locale, data, depth: 0, overrideAccess: true })

const backupFields = ['lastSuccessAt', 'lastArchive', 'lastEncrypted', 'lastFailureAt', 'lastError']
const offsiteFields = ['lastOffsiteAt', 'lastOffsiteTarget', 'lastOffsiteFailureAt', 'lastOffsiteError']
/** The backup status as the scheduled backup would have left it (every other field cleared). */
const backupStatus = (data: Record<string, unknown>) =>
  staff.payload.updateGlobal({
    slug: 'backup-status',
    data: { ...Object.fromEntries([...backupFields, ...offsiteFields].map((f) => [f, null])), ...data },
    overrideAccess: true,
  })
const launchStatus = (data: Record<string, unknown>) =>
  staff.payload.updateGlobal({
    slug: 'launch-status',
    data: { testEmailAt: null, testEmailTo: null, testEmailFailureAt: null, testEmailError: null, ...data },
    overrideAccess: true,
  })

async function itemOf(id: LaunchItemId, now?: Date): Promise<LaunchItem> {
  const found = (await launchChecklist(staff.payload, { now })).find((item) => item.id === id)
  if (!found) throw new Error(`no item ${id}`)
  return found
}
const keysOf = (item: LaunchItem) => item.notes.map((note) => note.key)

const HOUR = 3600_000
const ago = (hours: number, from = new Date()) => new Date(from.getTime() - hours * HOUR).toISOString()

describe('launch checklist: SITE_URL', () => {
  it.each([
    [undefined, ['scena:launchSiteUrlUnset']],
    ['', ['scena:launchSiteUrlUnset']],
    ['scena dot example', ['scena:launchSiteUrlInvalid']],
    ['http://www.scena.example', ['scena:launchSiteUrlNotHttps']],
    ['https://localhost:3000', ['scena:launchSiteUrlLocal']],
    ['https://scena.localhost', ['scena:launchSiteUrlLocal']],
    ['https://127.0.0.1', ['scena:launchSiteUrlLocal']],
    ['https://[::1]:3000', ['scena:launchSiteUrlLocal']],
    ['http://localhost:3000', ['scena:launchSiteUrlNotHttps', 'scena:launchSiteUrlLocal']],
  ])('%s fails: %s', async (value, reasons) => {
    if (value === undefined) delete process.env.SITE_URL
    else process.env.SITE_URL = value
    const item = await itemOf('siteUrl')
    expect(item.ok).toBe(false)
    expect(keysOf(item)).toEqual(reasons)
  })

  it('a public https address passes, named in its sentence', async () => {
    process.env.SITE_URL = 'https://www.scena.example/'
    const item = await itemOf('siteUrl')
    expect(item).toMatchObject({ ok: true, notes: [{ key: 'scena:launchSiteUrlOk' }] })
    expect(item.notes[0]?.vars?.url).toBe('https://www.scena.example/')
    // localhost only as a whole host name: a domain that merely contains it is a real one.
    expect(siteUrlCheck(configFrom({ SITE_URL: 'https://localhost-films.example' })).ok).toBe(true)
  })
})

describe('launch checklist: PAYLOAD_SECRET', () => {
  let dataDir = ''
  beforeAll(async () => {
    dataDir = await makeTempDir('launch-secret')
  })
  afterAll(() => removeDir(dataDir))

  it('the test suite’s own secret fails as a placeholder (read from process.env)', async () => {
    // tests/int/support/env.ts: 'scena-test-secret-not-for-production'
    const item = await itemOf('secret')
    expect(keysOf(item)).toEqual(['scena:launchSecretPlaceholder'])
  })

  it('a short secret fails, saying how long it is', () => {
    const item = secretCheck(configFrom({ PAYLOAD_SECRET: 'a1b2c3d4e5' }), dataDir)
    expect(item.ok).toBe(false)
    expect(item.notes).toEqual([{ key: 'scena:launchSecretShort', vars: { length: 10, min: 32 } }])
  })

  it('the development secret generated into .data/ fails, long and random as it is', async () => {
    const generated = await developmentSecret(dataDir)
    expect(generated).toHaveLength(64)
    expect(keysOf(secretCheck(configFrom({ PAYLOAD_SECRET: generated }), dataDir))).toEqual([
      'scena:launchSecretDevelopment',
    ])
    // The same string is fine on a machine whose .data/ did not generate it.
    expect(secretCheck(configFrom({ PAYLOAD_SECRET: generated }), `${dataDir}/elsewhere`).ok).toBe(true)
  })

  it('unset fails; a long random secret passes', () => {
    expect(keysOf(secretCheck(configFrom({}), dataDir))).toEqual(['scena:launchSecretUnset'])
    const item = secretCheck(configFrom({ PAYLOAD_SECRET: randomBytes(32).toString('base64url') }), dataDir)
    expect(item).toMatchObject({ ok: true, notes: [{ key: 'scena:launchSecretOk' }] })
  })
})

describe('launch checklist: data controller and privacy notice', () => {
  const links = adminLinks('/admin')

  it('missing controller details are each named, with a link to the site settings', async () => {
    await settings({ controller: { name: '', address: null, email: null } })
    await staff.payload.updateGlobal({ slug: 'privacy-notice', data: { reviewed: true }, overrideAccess: true })
    const item = await itemOf('privacy')
    expect(item.ok).toBe(false)
    expect(item.notes).toEqual([
      {
        key: 'scena:launchControllerIncomplete',
        list: ['scena:launchControllerName', 'scena:launchControllerAddress', 'scena:launchControllerEmail'],
        link: links.settings,
      },
    ])

    await settings({ controller: { name: 'Studio Scena', address: 'Via Roma 1, Milano', email: null } })
    expect((await itemOf('privacy')).notes[0]?.list).toEqual(['scena:launchControllerEmail'])
  })

  it('complete details with the notice not reviewed fail, with a link to the notice', async () => {
    await settings({
      controller: { name: 'Studio Scena', address: 'Via Roma 1, Milano', email: 'privacy@scena.example' },
    })
    await staff.payload.updateGlobal({ slug: 'privacy-notice', data: { reviewed: false }, overrideAccess: true })
    const item = await itemOf('privacy')
    expect(item.notes).toEqual([{ key: 'scena:launchNoticeNotReviewed', link: links.notice }])
  })

  it('complete details and a reviewed notice pass (VAT number and PEC are optional)', async () => {
    await settings({
      controller: {
        name: 'Studio Scena',
        address: 'Via Roma 1',
        email: 'privacy@scena.example',
        vatNumber: null,
        pec: null,
      },
    })
    await staff.payload.updateGlobal({ slug: 'privacy-notice', data: { reviewed: true }, overrideAccess: true })
    expect(await itemOf('privacy')).toMatchObject({ ok: true, notes: [{ key: 'scena:launchPrivacyOk' }] })
  })
})

describe('launch checklist: contact e-mail', () => {
  it('fails while empty, passes once set', async () => {
    await settings({ contactEmail: null })
    expect(await itemOf('contactEmail')).toMatchObject({
      ok: false,
      notes: [{ key: 'scena:launchContactEmailUnset', link: adminLinks('/admin').settings }],
    })
    await settings({ contactEmail: 'studio@scena.example' })
    expect(await itemOf('contactEmail')).toMatchObject({
      ok: true,
      notes: [{ key: 'scena:launchContactEmailOk', vars: { email: 'studio@scena.example' } }],
    })
  })
})

describe('launch checklist: identity', () => {
  it('names what is missing: the name, the role in either language', async () => {
    await settings({ coordinatorName: null, role: null }, 'it')
    await settings({ role: null }, 'en')
    expect((await itemOf('identity')).notes[0]?.list).toEqual([
      'scena:launchIdentityName',
      'scena:launchIdentityRoleIt',
      'scena:launchIdentityRoleEn',
    ])
    await settings({ coordinatorName: 'Giulia Rossi', role: 'Intimacy coordinator' }, 'it')
    // The English page would show the Italian role: still open.
    const item = await itemOf('identity')
    expect(item.ok).toBe(false)
    expect(item.notes[0]?.list).toEqual(['scena:launchIdentityRoleEn'])
  })

  it('passes with the name and the role in both languages', async () => {
    await settings({ coordinatorName: 'Giulia Rossi', role: 'Intimacy coordinator per cinema e teatro' }, 'it')
    await settings({ role: 'Intimacy coordinator for film and theatre' }, 'en')
    expect(await itemOf('identity')).toMatchObject({ ok: true, notes: [{ key: 'scena:launchIdentityOk' }] })
  })
})

describe('launch checklist: backups', () => {
  const now = new Date()

  it('fails when no backup has succeeded', async () => {
    await backupStatus({ lastFailureAt: ago(1, now), lastError: 'pg_dump failed' })
    expect(keysOf(await itemOf('backup', now))).toEqual(['scena:launchBackupNever'])
  })

  it('fails when the last success is older than 48 hours, passes just within', async () => {
    const copied = { lastEncrypted: true, lastArchive: 'scena-backup-x.tar.gz.age' }
    await backupStatus({ ...copied, lastSuccessAt: ago(49, now), lastOffsiteAt: ago(48.9, now) })
    const old = await itemOf('backup', now)
    expect(keysOf(old)).toEqual(['scena:launchBackupOld'])
    expect(old.notes[0]).toMatchObject({ vars: { hours: 48 }, dates: { date: ago(49, now) } })

    await backupStatus({ ...copied, lastSuccessAt: ago(47, now), lastOffsiteAt: ago(46.9, now) })
    expect(await itemOf('backup', now)).toMatchObject({ ok: true, notes: [{ key: 'scena:launchBackupOk' }] })
  })

  it('fails when the last backup is not encrypted', async () => {
    await backupStatus({ lastSuccessAt: ago(2, now), lastEncrypted: false, lastOffsiteAt: ago(1, now) })
    expect(keysOf(await itemOf('backup', now))).toEqual(['scena:launchBackupNotEncrypted'])
  })

  it('fails when the off-site copy is older than the last backup, or failed after it', async () => {
    await backupStatus({ lastSuccessAt: ago(2, now), lastEncrypted: true, lastOffsiteAt: ago(26, now) })
    expect(keysOf(await itemOf('backup', now))).toEqual(['scena:launchBackupNotOffsite'])

    await backupStatus({
      lastSuccessAt: ago(2, now),
      lastEncrypted: true,
      lastOffsiteAt: ago(26, now),
      lastOffsiteFailureAt: ago(1.9, now),
      lastOffsiteError: 'S3: 403 Forbidden',
    })
    const failed = await itemOf('backup', now)
    expect(failed.notes).toEqual([
      { key: 'scena:launchBackupOffsiteFailed', vars: { error: 'S3: 403 Forbidden' }, dates: { date: ago(1.9, now) } },
    ])
  })

  it('lists every reason at once: old, plain and never copied', async () => {
    await backupStatus({ lastSuccessAt: ago(72, now), lastEncrypted: false })
    expect(keysOf(await itemOf('backup', now))).toEqual([
      'scena:launchBackupOld',
      'scena:launchBackupNotEncrypted',
      'scena:launchBackupNotOffsite',
    ])
  })

  it('passes when recent, encrypted and copied after it was taken (a failed attempt later aside)', async () => {
    await backupStatus({
      lastSuccessAt: ago(5, now),
      lastEncrypted: true,
      lastOffsiteAt: ago(4.9, now),
      lastOffsiteTarget: 's3://bucket/scena/',
      // An older off-site failure does not matter once a later copy succeeded.
      lastOffsiteFailureAt: ago(30, now),
    })
    expect((await itemOf('backup', now)).ok).toBe(true)
  })
})

describe('launch checklist: English only in draft on published pages', () => {
  async function publishedItalianFaq(tag: string) {
    return staff.payload.create({
      collection: 'faqs',
      locale: 'it',
      // `as never`: sample() serves every content type untyped; create() wants one collection's data.
      data: { ...sample('faqs', 'it', tag), slug: `lancio-${tag}`, _status: 'published' } as never,
      overrideAccess: true,
    })
  }
  const englishDraft = (id: number, tag: string, status: 'draft' | 'published') =>
    rest('PATCH', `/api/faqs/${id}?locale=en${status === 'draft' ? '&draft=true' : ''}`, {
      token: staff.translator,
      body: { ...localizedPart('faqs', 'en', tag), slug: `launch-${tag}`, _status: status },
    })
  const listed = async (id: number) => (await draftOnlyEnglish(staff.payload)).some((e) => e.id === id)

  it('a published entry whose English is a draft only is listed, with a link to its English', async () => {
    const tag = uniqueTag()
    const faq = await publishedItalianFaq(tag)
    // Published in Italian with no English at all: a translation to do, not English held back.
    expect(await listed(faq.id)).toBe(false)

    expect((await englishDraft(faq.id, tag, 'draft')).status).toBe(200)
    expect(await listed(faq.id)).toBe(true)
    const item = await itemOf('english')
    expect(item.ok).toBe(false)
    expect(item.notes[0]?.key).toBe('scena:launchEnglishDraftOnly')
    expect(item.entries).toContainEqual({
      title: `Titolo di prova ${tag}`,
      href: `/admin/collections/faqs/${faq.id}?locale=en`,
    })

    // Published, the English is live: no longer listed.
    expect((await englishDraft(faq.id, tag, 'published')).status).toBe(200)
    expect(await listed(faq.id)).toBe(false)
  })

  it('an entry not published at all is not listed, whatever its English', async () => {
    const tag = uniqueTag()
    const draft = await staff.payload.create({
      collection: 'faqs',
      locale: 'it',
      draft: true,
      data: { ...sample('faqs', 'it', tag), slug: `bozza-${tag}`, _status: 'draft' },
      overrideAccess: true,
    })
    expect((await englishDraft(draft.id, tag, 'draft')).status).toBe(200)
    expect(await listed(draft.id)).toBe(false)
  })

  it('the item passes with nothing listed, and counts beyond the ten it names', () => {
    const links = adminLinks('/admin')
    expect(englishItem([], links)).toMatchObject({ ok: true, notes: [{ key: 'scena:launchEnglishOk' }] })
    const many = Array.from({ length: 12 }, (_, i) => ({
      collection: 'faqs' as const,
      id: i + 1,
      title: `FAQ ${i + 1}`,
    }))
    const item = englishItem(many, links)
    expect(item.entries).toHaveLength(10)
    expect(item.notes).toEqual([
      { key: 'scena:launchEnglishDraftOnly', vars: { count: 12 } },
      { key: 'scena:launchEnglishMore', vars: { count: 2 } },
    ])
  })
})

/** A real SMTP server on a free port; `refuse` answers every recipient with 550. */
async function smtpServer({ refuse = false } = {}) {
  const received: Array<{ to: string[]; mail: string }> = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refuse) return callback()
      const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })
      callback(error)
    },
    onData(stream, session, callback) {
      let mail = ''
      stream.on('data', (chunk: Buffer) => (mail += chunk.toString()))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), mail })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String((server.server.address() as AddressInfo).port),
  })
  return { received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const launchRecord = () => staff.payload.findGlobal({ slug: 'launch-status', depth: 0 })
const sendTest = (options: { token?: string; lang?: string } = {}) =>
  rest('POST', '/api/launch/test-email', {
    token: options.token,
    headers: { 'Accept-Language': options.lang ?? 'en' },
  })

describe('launch checklist: SMTP and the test e-mail', () => {
  it('anonymous: 401; editor: 403, in the request’s language', async () => {
    const anonymous = await sendTest()
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toBe('Sign in as an admin to send the test e-mail.')
    expect((await sendTest({ lang: 'it' })).json.errors[0].message).toBe(
      'Accedi con un account di amministrazione per inviare l’e-mail di prova.',
    )
    const editor = await sendTest({ token: staff.editor })
    expect(editor.status).toBe(403)
    expect(editor.json.errors[0].message).toBe('Only admins can send the test e-mail.')
  })

  it('without SMTP: the item says what to set, and the endpoint answers 409 and records nothing', async () => {
    delete process.env.SMTP_HOST
    await launchStatus({})
    expect(keysOf(await itemOf('email'))).toEqual(['scena:launchSmtpUnset'])
    const res = await sendTest({ token: admin })
    expect(res.status).toBe(409)
    expect(res.json.errors[0].message).toMatch(/^No SMTP server is configured: set SMTP_HOST/)
    expect(res.json.errors[0].data.code).toBe('errSmtpUnset')
    expect(await launchRecord()).toMatchObject({ testEmailAt: null, testEmailFailureAt: null })
  })

  it('with SMTP and no test yet, the item asks for one', async () => {
    process.env.SMTP_HOST = '127.0.0.1'
    await launchStatus({})
    expect(keysOf(await itemOf('email'))).toEqual(['scena:launchTestEmailNever'])
  })

  it('sends to where enquiry notices go, in the admin’s language, and the item passes', async () => {
    const smtp = await smtpServer()
    try {
      await launchStatus({})
      await settings({ contactEmail: 'studio@scena.example' })
      const res = await sendTest({ token: admin, lang: 'it' })
      expect(res.status, res.text).toBe(200)
      expect(res.json.message).toBe(
        'E-mail di prova inviata a studio@scena.example: controlla che sia arrivata (guarda anche nello spam).',
      )
      expect(smtp.received).toHaveLength(1)
      expect(smtp.received[0]!.to).toEqual(['studio@scena.example'])
      expect(smtp.received[0]!.mail).toContain('Subject: Scena: e-mail di prova')
      expect(await launchRecord()).toMatchObject({ testEmailTo: 'studio@scena.example', testEmailFailureAt: null })
      const item = await itemOf('email')
      expect(item).toMatchObject({
        ok: true,
        notes: [{ key: 'scena:launchTestEmailOk', vars: { to: 'studio@scena.example' } }],
      })

      // CONTACT_NOTIFY_TO, where notices go when set, wins; in English for an English request.
      process.env.CONTACT_NOTIFY_TO = 'notices@scena.example'
      expect((await sendTest({ token: admin, lang: 'en' })).status).toBe(200)
      expect(smtp.received[1]!.to).toEqual(['notices@scena.example'])
      expect(smtp.received[1]!.mail).toContain('Subject: Scena: test e-mail')
      delete process.env.CONTACT_NOTIFY_TO

      // With no contact e-mail at all, the admin's own address.
      await settings({ contactEmail: null })
      expect((await sendTest({ token: admin })).json.to).toBe('admin@test.scena.local')
      expect(smtp.received[2]!.to).toEqual(['admin@test.scena.local'])
    } finally {
      await smtp.close()
    }
  })

  it('a refusing SMTP server: 502 with its reason, the failure recorded, the item fails', async () => {
    const smtp = await smtpServer({ refuse: true })
    try {
      await launchStatus({ testEmailAt: ago(1), testEmailTo: 'studio@scena.example' })
      await settings({ contactEmail: 'studio@scena.example' })
      const res = await sendTest({ token: admin })
      expect(res.status).toBe(502)
      expect(res.json.errors[0].message).toMatch(/^The test e-mail was not sent: .*550.*Mailbox unavailable/)
      expect(smtp.received).toHaveLength(0)
      const record = await launchRecord()
      expect(record.testEmailError).toMatch(/550.*Mailbox unavailable/)
      expect(record.testEmailFailureAt! > record.testEmailAt!).toBe(true)
      const item = await itemOf('email')
      expect(item.ok).toBe(false)
      expect(item.notes[0]).toMatchObject({
        key: 'scena:launchTestEmailFailed',
        dates: { date: record.testEmailFailureAt },
      })
    } finally {
      await smtp.close()
    }
  })

  it('an SMTP server that cannot be reached: 502, recorded; a later success clears the item', async () => {
    Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(await freePort()) })
    await launchStatus({})
    const res = await sendTest({ token: admin })
    expect(res.status).toBe(502)
    expect((await launchRecord()).testEmailError).toMatch(/ECONNREFUSED/)
    expect(keysOf(await itemOf('email'))).toEqual(['scena:launchTestEmailFailed'])

    const smtp = await smtpServer()
    try {
      expect((await sendTest({ token: admin })).status).toBe(200)
      expect((await itemOf('email')).ok).toBe(true)
    } finally {
      await smtp.close()
    }
  })
})
