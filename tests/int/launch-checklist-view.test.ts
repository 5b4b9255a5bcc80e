import { randomBytes } from 'node:crypto'

import type { ServerProps } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { LaunchChecklist } from '../../src/components/admin/LaunchChecklist'
import { adminI18n } from './support/adminI18n'
import { withStaff } from './support/staff'

// The English rule reads every content entry, and earlier test files leave entries of their own:
// here it reports none, so that "every item holds" can be reached. The rule itself is tested against
// the database in launch-checklist.test.ts.
vi.mock('../../src/launch/draftOnlyEnglish', () => ({ draftOnlyEnglish: async () => [] }))
// The test button is a client component (Payload's translation context, Next's router): here only
// what the server hands it, its recipient sentence, is looked at.
vi.mock('../../src/components/admin/LaunchTestEmail', () => ({
  LaunchTestEmail: ({ recipientNote }: { recipientNote: string }) =>
    createElement('p', { 'data-testid': 'test-email' }, recipientNote),
}))

const staff = withStaff()
const envKeys = ['SITE_URL', 'PAYLOAD_SECRET', 'SMTP_HOST'] as const
const savedEnv = Object.fromEntries(envKeys.map((key) => [key, process.env[key]]))
let savedSettings: Record<string, unknown> = {}
let savedRole: Record<string, unknown> = {}
let savedReviewed = false

const i18nIn = adminI18n

async function render(language: 'it' | 'en', role: 'admin' | 'editor' = 'admin'): Promise<string> {
  const element = await LaunchChecklist({
    payload: staff.payload,
    i18n: await i18nIn(language),
    user: { id: 1, email: `${role}@test.scena.local`, role },
  } as unknown as ServerProps)
  return element ? renderToStaticMarkup(element) : ''
}

const settings = (data: Record<string, unknown>, locale: 'it' | 'en' = 'it') =>
  staff.payload.updateGlobal({ slug: 'site-settings', locale, data, depth: 0, overrideAccess: true })

beforeAll(async () => {
  for (const locale of ['it', 'en'] as const) {
    const current = await staff.payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false })
    if (!current.siteTitle) await settings({ siteTitle: 'Intimacy Coordinator' }, locale)
  }
  const now = (await staff.payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0 })) as unknown as Record<
    string,
    unknown
  >
  savedSettings = {
    contactEmail: now.contactEmail ?? null,
    controller: now.controller ?? {},
    coordinatorName: now.coordinatorName ?? null,
  }
  savedRole = (now.role as Record<string, unknown> | null) ?? {}
  savedReviewed = Boolean((await staff.payload.findGlobal({ slug: 'privacy-notice', depth: 0 })).reviewed)
})
afterAll(async () => {
  for (const key of envKeys) {
    if (savedEnv[key] === undefined) delete process.env[key]
    else process.env[key] = savedEnv[key]
  }
  await settings(savedSettings)
  await staff.payload.updateGlobal({ slug: 'privacy-notice', data: { reviewed: savedReviewed }, overrideAccess: true })
  const cleared = (fields: string[]) => Object.fromEntries(fields.map((field) => [field, null]))
  await staff.payload.updateGlobal({
    slug: 'backup-status',
    data: cleared(['lastSuccessAt', 'lastEncrypted', 'lastOffsiteAt']),
    overrideAccess: true,
  })
  await staff.payload.updateGlobal({
    slug: 'launch-status',
    data: cleared(['testEmailAt', 'testEmailTo']),
    overrideAccess: true,
  })
  for (const locale of ['it', 'en'] as const) await settings({ role: savedRole[locale] ?? null }, locale)
})

/** Every item holding but SITE_URL, the one the tests then change. */
async function allButSiteUrl() {
  Object.assign(process.env, { PAYLOAD_SECRET: randomBytes(32).toString('hex'), SMTP_HOST: '127.0.0.1' })
  await settings({
    contactEmail: 'studio@scena.example',
    coordinatorName: 'Giulia Rossi',
    role: 'Intimacy coordinator',
    controller: { name: 'Studio Scena', address: 'Via Roma 1', email: 'privacy@scena.example' },
  })
  await settings({ role: 'Intimacy coordinator' }, 'en')
  await staff.payload.updateGlobal({ slug: 'privacy-notice', data: { reviewed: true }, overrideAccess: true })
  const recent = new Date(Date.now() - 3600_000).toISOString()
  await staff.payload.updateGlobal({
    slug: 'backup-status',
    data: { lastSuccessAt: recent, lastEncrypted: true, lastOffsiteAt: new Date().toISOString() },
    overrideAccess: true,
  })
  await staff.payload.updateGlobal({
    slug: 'launch-status',
    data: { testEmailAt: recent, testEmailTo: 'studio@scena.example', testEmailFailureAt: null },
    overrideAccess: true,
  })
}

describe('the dashboard block "Ready to go live"', () => {
  it('shows admins each item’s state in words, the count and where to fix; nothing to other roles', async () => {
    delete process.env.SMTP_HOST
    process.env.SITE_URL = 'http://localhost:3000'
    const html = await render('it')
    expect(html).toContain('<h2 id="scena-launch-title">Pronto per la pubblicazione</h2>')
    expect(html).toMatch(/\d+ punt[oi] su 8 (è|sono) a posto/)
    expect(html).toContain('Da fare</span> <strong>Indirizzo del sito (SITE_URL)</strong>')
    expect(html).toContain('SITE_URL è http://localhost:3000: deve iniziare con https://')
    // The e-mail item says what to set; without SMTP there is no test button.
    expect(html).toContain('Nessun server SMTP')
    expect(html).not.toContain('data-testid="test-email"')
    // The state is never colour alone: the mark is hidden from screen readers, the word is not.
    expect(html).toContain('<span aria-hidden="true">✗</span> Da fare')
    expect(await render('it', 'editor')).toBe('')
  })

  it('one item open: "7 of 8", its sentence in the admin’s language, and the test e-mail button', async () => {
    await allButSiteUrl()
    process.env.SITE_URL = 'https://localhost'
    const italian = await render('it')
    expect(italian).toContain('7 punti su 8 sono a posto')
    expect(italian).toContain('<span aria-hidden="true">✓</span> Fatto</span> <strong>Backup</strong>')
    expect(italian).toContain(
      '<p data-testid="test-email">Arriva a studio@scena.example, lo stesso indirizzo degli avvisi delle nuove richieste.</p>',
    )
    const english = await render('en')
    expect(english).toContain('Ready to go live')
    expect(english).toContain('7 of 8 ready')
    expect(english).toContain('SITE_URL is https://localhost, an address of this machine')
  })

  it('is hidden once every item holds', async () => {
    await allButSiteUrl()
    process.env.SITE_URL = 'https://www.scena.example'
    expect(await render('it')).toBe('')
  })

  it('counts in Italian with the right plural', async () => {
    const t = (await i18nIn('it')).t as (key: string, vars?: Record<string, unknown>) => string
    expect(t('scena:launchReadyCount', { count: 1, total: 8 })).toBe('1 punto su 8 è a posto')
    expect(t('scena:launchReadyCount', { count: 0, total: 8 })).toBe('0 punti su 8 sono a posto')
  })
})
