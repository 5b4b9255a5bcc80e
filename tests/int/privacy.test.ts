import { createTranslator } from 'use-intl/core'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { contactFormText } from '../../src/components/ContactForm'
import { ContactFormFields } from '../../src/components/ContactFormFields'
import { SiteFooter } from '../../src/components/SiteFooter'
import { submitEnquiry } from '../../src/contact/submit'
import en from '../../src/i18n/messages/en.json'
import itMessages from '../../src/i18n/messages/it.json'
import { privacyPath } from '../../src/privacy/links'
import { ENQUIRY_RETENTION_TASK, deletionDate, retentionDays } from '../../src/privacy/retention'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'
import { withStaff } from './support/staff'
import { signIn } from './support/users'

const staff = withStaff()
let admin = ''
beforeAll(async () => {
  admin = (await signIn(staff.payload, 'admin')).token
})

const DAY = 24 * 60 * 60 * 1000

/** An enquiry stored as the contact form stores it, optionally received `daysAgo` days ago. */
async function enquiry(email: string, daysAgo = 0, name = 'Persona di prova') {
  const doc = await staff.payload.create({
    collection: 'enquiries',
    data: { name, email, message: 'Un messaggio.', consent: true, locale: 'it', status: 'new' },
    overrideAccess: true,
  })
  if (daysAgo === 0) return doc
  // createdAt is set by Payload on create; the test moves it into the past in the table itself.
  const createdAt = new Date(Date.now() - daysAgo * DAY).toISOString()
  await staff.payload.db.updateOne({ collection: 'enquiries', id: doc.id, data: { createdAt } })
  return { ...doc, createdAt }
}

const idsFrom = async (email: string) =>
  (
    await staff.payload.find({
      collection: 'enquiries',
      where: { email: { equals: email } },
      pagination: false,
      overrideAccess: true,
    })
  ).docs.map((d) => d.id)

describe('privacy notice global', () => {
  it('anyone reads it; only editors and admins change it', async () => {
    expect((await rest('GET', '/api/globals/privacy-notice?locale=en')).status).toBe(200)
    const change = { reviewed: true }
    expect((await rest('POST', '/api/globals/privacy-notice?locale=en', { body: change })).status).toBe(403)
    expect(
      (await rest('POST', '/api/globals/privacy-notice?locale=en', { token: staff.translator, body: change })).status,
    ).toBe(403)
    expect((await rest('GET', '/api/globals/privacy-notice?locale=en')).json.reviewed).toBe(false)
    const byAdmin = await rest('POST', '/api/globals/privacy-notice?locale=en', { token: admin, body: change })
    expect(byAdmin.status).toBe(200)
    const after = (await rest('GET', '/api/globals/privacy-notice?locale=en')).json
    expect(after.reviewed).toBe(true)
    // When it was marked reviewed is the server's to say.
    expect(Date.now() - new Date(after.reviewedAt).getTime()).toBeLessThan(60_000)
  })
})

describe('links to the privacy notice', () => {
  it('point to the notice in the visitor’s language', () => {
    expect(privacyPath('it')).toBe('/it/privacy')
    expect(privacyPath('en')).toBe('/en/privacy')
  })

  it('the footer links to it', () => {
    for (const [locale, messages] of [
      ['it', itMessages],
      ['en', en],
    ] as const) {
      const html = renderToStaticMarkup(
        createElement(SiteFooter, {
          text: null,
          privacyHref: privacyPath(locale),
          privacyLabel: messages.Layout.privacy,
          backToTopLabel: messages.Layout.backToTop,
        }),
      )
      expect(html).toContain(`<a href="/${locale}/privacy">${messages.Layout.privacy}</a>`)
    }
  })

  it('the line under the contact form links to it; there is no box to tick', () => {
    for (const [locale, messages, words] of [
      ['it', itMessages, 'informativa privacy'],
      ['en', en, 'privacy notice'],
    ] as const) {
      const t = createTranslator({ locale, messages, namespace: 'Contact.form' })
      const html = renderToStaticMarkup(
        createElement(ContactFormFields, {
          action: async () => ({ status: 'sent' as const }),
          locale,
          text: contactFormText(t, locale, privacyPath(locale)),
        }),
      )
      expect(html).not.toContain('type="checkbox"')
      const line = html.match(/<p class="form-notice">(.*?)<\/p>/)?.[1]
      expect(line).toContain(`<a href="/${locale}/privacy">${words}</a>`)
    }
  })
})

describe('retention', () => {
  const saved = process.env.ENQUIRY_RETENTION_DAYS
  afterAll(() => {
    if (saved === undefined) delete process.env.ENQUIRY_RETENTION_DAYS
    else process.env.ENQUIRY_RETENTION_DAYS = saved
  })

  it('the daily task deletes only enquiries older than the retention period', async () => {
    delete process.env.ENQUIRY_RETENTION_DAYS
    expect(retentionDays()).toBe(730)
    const tag = uniqueTag()
    const expired = await enquiry(`old-${tag}@example.org`, 731)
    const kept = await enquiry(`recent-${tag}@example.org`, 729)
    const fresh = await enquiry(`new-${tag}@example.org`)

    await staff.payload.jobs.queue({ task: ENQUIRY_RETENTION_TASK, input: {}, queue: 'default' })
    await staff.payload.jobs.run({ queue: 'default' })

    expect(await idsFrom(`old-${tag}@example.org`)).toEqual([])
    expect(await idsFrom(`recent-${tag}@example.org`)).toEqual([kept.id])
    expect(await idsFrom(`new-${tag}@example.org`)).toEqual([fresh.id])
    expect(expired.id).not.toBe(kept.id)
  })

  it('is scheduled daily on the queue the job runner works on', () => {
    const task = staff.payload.config.jobs.tasks?.find((t) => t.slug === ENQUIRY_RETENTION_TASK)
    expect(task?.schedule).toEqual([{ cron: '0 15 3 * * *', queue: 'default' }])
    expect(staff.payload.config.jobs.autoRun).toEqual([expect.objectContaining({ queue: 'default' })])
  })

  it('follows ENQUIRY_RETENTION_DAYS', async () => {
    process.env.ENQUIRY_RETENTION_DAYS = '30'
    const tag = uniqueTag()
    await enquiry(`old-${tag}@example.org`, 31)
    const kept = await enquiry(`recent-${tag}@example.org`, 29)
    await staff.payload.jobs.queue({ task: ENQUIRY_RETENTION_TASK, input: {}, queue: 'default' })
    await staff.payload.jobs.run({ queue: 'default' })
    expect(await idsFrom(`old-${tag}@example.org`)).toEqual([])
    expect(await idsFrom(`recent-${tag}@example.org`)).toEqual([kept.id])
    delete process.env.ENQUIRY_RETENTION_DAYS
  })

  it('every enquiry shows the date it will be deleted', async () => {
    const tag = uniqueTag()
    const doc = await enquiry(`when-${tag}@example.org`, 10)
    const res = await rest('GET', `/api/enquiries/${doc.id}`, { token: staff.editor })
    expect(res.status).toBe(200)
    expect(res.json.deleteOn).toBe(deletionDate(res.json.createdAt, 730).toISOString())
    expect(new Date(res.json.deleteOn).getTime() - Date.now()).toBeGreaterThan(719 * DAY)
  })
})

describe('access and erasure by e-mail', () => {
  it('returns exactly that person’s enquiries, case-insensitively', async () => {
    const tag = uniqueTag()
    const email = `Person-${tag}@Example.org`
    const mine = [await enquiry(email), await enquiry(email.toLowerCase())]
    await enquiry(`other-${tag}@example.org`)
    await enquiry(`x${email.toLowerCase()}`) // contains the address, but is another one

    const res = await rest('GET', `/api/privacy/enquiries?email=${encodeURIComponent(email.toUpperCase())}`, {
      token: admin,
    })
    expect(res.status).toBe(200)
    expect(res.json.count).toBe(2)
    expect(res.json.enquiries.map((d: { id: number }) => d.id).sort()).toEqual(mine.map((d) => d.id).sort())
    expect(res.json.enquiries[0]).toMatchObject({ name: 'Persona di prova', message: 'Un messaggio.' })
  })

  it('erases exactly that person’s enquiries and returns the count; the others stay', async () => {
    const tag = uniqueTag()
    const email = `erase-${tag}@example.org`
    await enquiry(email)
    await enquiry(email.toUpperCase())
    const other = await enquiry(`keep-${tag}@example.org`)
    const lookalike = await enquiry(`x${email}`)

    const res = await rest('POST', '/api/privacy/erase', { token: admin, body: { email, confirm: true } })
    expect(res.status).toBe(200)
    expect(res.json).toEqual({ erased: 2 })
    expect(await idsFrom(email)).toEqual([])
    expect(await idsFrom(email.toUpperCase())).toEqual([])
    expect(await idsFrom(`keep-${tag}@example.org`)).toEqual([other.id])
    expect(await idsFrom(`x${email}`)).toEqual([lookalike.id])

    const again = await rest('POST', '/api/privacy/erase', { token: admin, body: { email, confirm: true } })
    expect(again.json).toEqual({ erased: 0 })
  })

  it('anonymous 401, editor and translator 403, admin 200', async () => {
    const query = '/api/privacy/enquiries?email=someone@example.org'
    const body = { email: 'someone@example.org', confirm: true }
    expect((await rest('GET', query)).status).toBe(401)
    expect((await rest('POST', '/api/privacy/erase', { body })).status).toBe(401)
    for (const token of [staff.editor, staff.translator]) {
      expect((await rest('GET', query, { token })).status).toBe(403)
      expect((await rest('POST', '/api/privacy/erase', { token, body })).status).toBe(403)
    }
    expect((await rest('GET', query, { token: admin })).status).toBe(200)
    expect((await rest('POST', '/api/privacy/erase', { token: admin, body })).status).toBe(200)
  })

  it('bad input is a 400', async () => {
    for (const q of ['', '?email=', '?email=not-an-address', '?email=a%40b']) {
      const res = await rest('GET', `/api/privacy/enquiries${q}`, { token: admin })
      expect(res.status, q).toBe(400)
    }
    for (const body of [
      {},
      { confirm: true },
      { email: 'not-an-address', confirm: true },
      { email: 'someone@example.org' },
      { email: 'someone@example.org', confirm: 'yes' },
      { email: ['someone@example.org'], confirm: true },
    ]) {
      expect((await rest('POST', '/api/privacy/erase', { token: admin, body })).status, JSON.stringify(body)).toBe(400)
    }
    expect((await rest('POST', '/api/privacy/erase', { token: admin, body: '{not json' })).status).toBe(400)
  })

  it('logs counts, never the address', async () => {
    const tag = uniqueTag()
    const email = `logged-${tag}@example.org`
    await enquiry(email, 0, `Nome ${tag}`)
    const lines = await captureLogs(async () => {
      await rest('GET', `/api/privacy/enquiries?email=${email}`, { token: admin })
      await rest('POST', '/api/privacy/erase', { token: admin, body: { email, confirm: true } })
    })
    expect(lines.join('\n')).toContain('Exported 1 enquiry on request')
    expect(lines.join('\n')).toContain('Erased 1 enquiry on request')
    expect(lines.join('\n')).not.toContain(tag)
  })
})

describe('no personal data in logs', () => {
  it('a contact submission logs none of what the visitor wrote', async () => {
    const tag = uniqueTag()
    const data = {
      name: `Nome${tag}`,
      email: `mail-${tag}@example.org`,
      organisation: `Org${tag}`,
      productionType: 'film',
      dates: `Date${tag}`,
      message: `Messaggio${tag} riservato`,
      consent: 'on',
      website: '',
    }
    const lines = await captureLogs(async () => {
      expect((await submitEnquiry(staff.payload, data, { visitor: `v-${tag}`, locale: 'it' })).status).toBe('sent')
      // An invalid one too: its refusal must not echo the fields either.
      await submitEnquiry(staff.payload, { ...data, email: `bad-${tag}` }, { visitor: `v-${tag}`, locale: 'it' })
    })
    expect(lines.some((line) => /New enquiry #\d+/.test(line))).toBe(true)
    expect(lines.join('\n')).not.toContain(tag)
  })
})

describe('no personal data in logs when storing fails', () => {
  it('a failed insert is logged without its parameters', async () => {
    const tag = uniqueTag()
    const data = {
      name: `Nome${tag}`,
      email: `mail-${tag}@example.org`,
      message: `Messaggio${tag}`,
      consent: 'on',
      website: '',
    }
    // What Drizzle throws when a query fails: its message lists the query's parameters.
    const failure = Object.assign(
      new Error(`Failed query: insert into "enquiries"\nparams: ${data.name},${data.email}`),
      {
        cause: Object.assign(new Error(`value for ${data.email} rejected`), { code: '57014' }),
      },
    )
    const create = vi.spyOn(staff.payload, 'create').mockRejectedValueOnce(failure)
    try {
      const lines = await captureLogs(async () => {
        expect((await submitEnquiry(staff.payload, data, { visitor: `v-${tag}`, locale: 'en' })).status).toBe('failed')
      })
      expect(lines.some((line) => line.includes('Could not store an enquiry'))).toBe(true)
      expect(lines.join('\n')).not.toContain(tag)
    } finally {
      create.mockRestore()
    }
  })
})

/** Everything written through payload.logger (any level) and to stdout/stderr while `run` runs. */
async function captureLogs(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = []
  const logger = staff.payload.logger as unknown as Record<string, (...args: unknown[]) => void>
  const spies = (['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const).map((level) =>
    vi.spyOn(logger, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '))
    }),
  )
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    lines.push(String(chunk))
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
    lines.push(String(chunk))
    return true
  })
  try {
    await run()
  } finally {
    for (const spy of [...spies, out, err]) spy.mockRestore()
  }
  return lines
}
