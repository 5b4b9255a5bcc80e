import type { Payload } from 'payload'

import type { AllLocalesOf } from '../collections/documents'
import type { AdminKey } from '../i18n/admin'
import type { BackupStatus, LaunchStatus, PrivacyNotice } from '../payload-types'
import { isDevelopmentSecret } from '../runtime/secret'
import { type Config, ConfigError, env } from '../env'
import { smtpConfigured } from '../contact/smtp'
import { type DraftOnlyEnglish, draftOnlyEnglish } from './draftOnlyEnglish'

/** The launch checklist's items, in the order the dashboard lists them. */
export const launchItemIds = [
  'siteUrl',
  'secret',
  'privacy',
  'contactEmail',
  'email',
  'backup',
  'identity',
  'english',
] as const
export type LaunchItemId = (typeof launchItemIds)[number]

/**
 * One sentence about an item, as message keys so the admin renders it in its own language:
 * `vars` as they are, `dates` (ISO) formatted, `list` (keys) translated and joined into {{list}},
 * with `count` its length for the plural form. `link`: the admin page where it is fixed (an item
 * fixed in the server's environment has none: its sentence says what to set).
 */
export interface LaunchNote {
  key: AdminKey
  vars?: Record<string, string | number>
  dates?: Record<string, string>
  list?: AdminKey[]
  link?: { href: string; text: AdminKey }
}

export interface LaunchItem {
  id: LaunchItemId
  ok: boolean
  /** Why it holds, or every reason it does not (each with where to fix it, when that is a page). */
  notes: LaunchNote[]
  /** Entries to open, for the items about content. */
  entries?: Array<{ title: string; href: string }>
}

const item = (id: LaunchItemId, problems: LaunchNote[], ok: LaunchNote): LaunchItem =>
  problems.length ? { id, ok: false, notes: problems } : { id, ok: true, notes: [ok] }

/** Host names that mean "this machine" (or no machine in particular). */
const localHost = /^(localhost|.*\.localhost|127(\.\d+){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:127(\.\d+){3}\])$/i

/** SITE_URL: the public address, https, not this machine (links, sitemap, share cards, CSRF). */
export function siteUrlCheck(config: Config = env): LaunchItem {
  let raw: string | undefined
  try {
    raw = config.SITE_URL
  } catch (error) {
    // Said here rather than thrown: the start refuses it, but the checklist must still open.
    if (!(error instanceof ConfigError)) throw error
    return item('siteUrl', [{ key: 'scena:launchSiteUrlInvalid', vars: { url: error.value } }], {
      key: 'scena:launchSiteUrlOk',
    })
  }
  if (!raw) return item('siteUrl', [{ key: 'scena:launchSiteUrlUnset' }], { key: 'scena:launchSiteUrlOk' })
  const url = new URL(raw)
  const problems: LaunchNote[] = []
  if (url.protocol !== 'https:') problems.push({ key: 'scena:launchSiteUrlNotHttps', vars: { url: raw } })
  if (localHost.test(url.hostname)) problems.push({ key: 'scena:launchSiteUrlLocal', vars: { url: raw } })
  return item('siteUrl', problems, { key: 'scena:launchSiteUrlOk', vars: { url: raw } })
}

/** Shortest PAYLOAD_SECRET taken as long: 32 characters (`openssl rand -hex 32` gives 64). */
export const MIN_SECRET_LENGTH = 32
/** Words of an example or placeholder secret (a random one has none of them). */
const placeholderWords = /secret|change.?me|example|placeholder|password|development|not.for.production|your.?key/i

/** PAYLOAD_SECRET: long, not the generated development one, not a placeholder. */
export function secretCheck(config: Config = env, dataDir?: string): LaunchItem {
  const secret = config.PAYLOAD_SECRET?.trim() ?? ''
  const problems: LaunchNote[] = []
  if (!secret) problems.push({ key: 'scena:launchSecretUnset' })
  else if (isDevelopmentSecret(secret, dataDir)) problems.push({ key: 'scena:launchSecretDevelopment' })
  else {
    if (secret.length < MIN_SECRET_LENGTH) {
      problems.push({ key: 'scena:launchSecretShort', vars: { length: secret.length, min: MIN_SECRET_LENGTH } })
    }
    if (placeholderWords.test(secret)) problems.push({ key: 'scena:launchSecretPlaceholder' })
  }
  return item('secret', problems, { key: 'scena:launchSecretOk', vars: { min: MIN_SECRET_LENGTH } })
}

/** Where things are fixed in the admin (its route: `payload.config.routes.admin`). */
export const adminLinks = (adminRoute = '/admin') => ({
  settings: { href: `${adminRoute}/globals/site-settings`, text: 'scena:launchOpenSettings' as const },
  notice: { href: `${adminRoute}/globals/privacy-notice`, text: 'scena:launchOpenNotice' as const },
  entry: (collection: string, id: number | string) => `${adminRoute}/collections/${collection}/${id}?locale=en`,
})
type Links = ReturnType<typeof adminLinks>

type Settings = AllLocalesOf<'site-settings'>
const blank = (value: string | null | undefined) => !value?.trim()

/** The data controller's name, address and e-mail are filled in, and the notice marked reviewed. */
export function privacyCheck(
  settings: Settings | null,
  notice: Pick<PrivacyNotice, 'reviewed'> | null,
  links: Links,
): LaunchItem {
  const controller = settings?.controller
  const missing: AdminKey[] = []
  if (blank(controller?.name)) missing.push('scena:launchControllerName')
  if (blank(controller?.address)) missing.push('scena:launchControllerAddress')
  if (blank(controller?.email)) missing.push('scena:launchControllerEmail')
  const problems: LaunchNote[] = []
  if (missing.length) problems.push({ key: 'scena:launchControllerIncomplete', list: missing, link: links.settings })
  if (!notice?.reviewed) problems.push({ key: 'scena:launchNoticeNotReviewed', link: links.notice })
  return item('privacy', problems, { key: 'scena:launchPrivacyOk' })
}

/** The contact e-mail of the site settings (shown on the Contact page, receives the enquiries). */
export function contactEmailCheck(settings: Settings | null, links: Links): LaunchItem {
  const email = settings?.contactEmail?.trim()
  return email
    ? item('contactEmail', [], { key: 'scena:launchContactEmailOk', vars: { email } })
    : item('contactEmail', [{ key: 'scena:launchContactEmailUnset', link: links.settings }], {
        key: 'scena:launchContactEmailOk',
      })
}

/** SMTP is configured and the latest test e-mail sent from the admin went out. */
export function emailCheck(status: Partial<LaunchStatus> | null): LaunchItem {
  if (!smtpConfigured()) return item('email', [{ key: 'scena:launchSmtpUnset' }], { key: 'scena:launchTestEmailOk' })
  const sentAt = status?.testEmailAt
  const failedAt = status?.testEmailFailureAt
  if (failedAt && (!sentAt || failedAt >= sentAt)) {
    const note = { key: 'scena:launchTestEmailFailed', vars: { error: status?.testEmailError ?? '' } } as const
    return item('email', [{ ...note, dates: { date: failedAt } }], { key: 'scena:launchTestEmailOk' })
  }
  if (!sentAt) return item('email', [{ key: 'scena:launchTestEmailNever' }], { key: 'scena:launchTestEmailOk' })
  return item('email', [], {
    key: 'scena:launchTestEmailOk',
    vars: { to: status?.testEmailTo ?? '' },
    dates: { date: sentAt },
  })
}

/**
 * A backup counts as recent within 48 hours: the nightly one (BACKUP_SCHEDULE, daily by default)
 * may fail once, or run late, without the item turning red at once; two missed nights do.
 */
export const RECENT_BACKUP_HOURS = 48

/** The last successful backup is recent, encrypted, and its copy off the machine is not older. */
export function backupCheck(status: Partial<BackupStatus> | null, now = new Date()): LaunchItem {
  const hours = RECENT_BACKUP_HOURS
  const last = status?.lastSuccessAt
  if (!last)
    return item('backup', [{ key: 'scena:launchBackupNever', vars: { hours } }], { key: 'scena:launchBackupOk' })
  const problems: LaunchNote[] = []
  if (now.getTime() - new Date(last).getTime() > hours * 3600_000) {
    problems.push({ key: 'scena:launchBackupOld', vars: { hours }, dates: { date: last } })
  }
  if (!status.lastEncrypted) problems.push({ key: 'scena:launchBackupNotEncrypted' })
  // Dates are ISO strings of one clock (the server's, in UTC): they compare as text.
  const copied = status.lastOffsiteAt && status.lastOffsiteAt >= last
  if (!copied) {
    const failedAt = status.lastOffsiteFailureAt
    problems.push(
      failedAt && failedAt >= last
        ? {
            key: 'scena:launchBackupOffsiteFailed',
            vars: { error: status.lastOffsiteError ?? '' },
            dates: { date: failedAt },
          }
        : { key: 'scena:launchBackupNotOffsite' },
    )
  }
  return item('backup', problems, {
    key: 'scena:launchBackupOk',
    vars: { hours },
    dates: { date: last },
  })
}

/** The coordinator's name, and their role in both languages (the English page would show the Italian). */
export function identityCheck(settings: Settings | null, links: Links): LaunchItem {
  const missing: AdminKey[] = []
  if (blank(settings?.coordinatorName)) missing.push('scena:launchIdentityName')
  const role = settings?.role as Partial<Record<string, string | null>> | null | undefined
  if (blank(role?.it)) missing.push('scena:launchIdentityRoleIt')
  if (blank(role?.en)) missing.push('scena:launchIdentityRoleEn')
  const problems: LaunchNote[] = missing.length
    ? [{ key: 'scena:launchIdentityIncomplete', list: missing, link: links.settings }]
    : []
  return item('identity', problems, { key: 'scena:launchIdentityOk' })
}

/** How many entries the English item names; the rest are counted. */
export const LISTED_ENTRIES = 10

/** No published entry has its English only in an unpublished draft (`found`: draftOnlyEnglish). */
export function englishItem(found: DraftOnlyEnglish[], links: Links): LaunchItem {
  if (found.length === 0) return item('english', [], { key: 'scena:launchEnglishOk' })
  const more = found.length - LISTED_ENTRIES
  return {
    id: 'english',
    ok: false,
    notes: [
      { key: 'scena:launchEnglishDraftOnly', vars: { count: found.length } },
      ...(more > 0 ? [{ key: 'scena:launchEnglishMore' as const, vars: { count: more } }] : []),
    ],
    entries: found
      .slice(0, LISTED_ENTRIES)
      .map(({ collection, id, title }) => ({ title, href: links.entry(collection, id) })),
  }
}

/** Every item, from the environment of this process and what the database holds now. */
export async function launchChecklist(
  payload: Payload,
  { now = new Date() }: { now?: Date } = {},
): Promise<LaunchItem[]> {
  const links = adminLinks(payload.config.routes.admin)
  const global = <T>(slug: 'site-settings' | 'privacy-notice' | 'backup-status' | 'launch-status', locale?: 'all') =>
    payload
      .findGlobal({ slug, depth: 0, overrideAccess: true, ...(locale ? { locale } : {}) })
      .then((doc) => doc as T) as Promise<T>
  const settings = await global<Settings>('site-settings', 'all')
  const notice = await global<PrivacyNotice>('privacy-notice')
  const backup = await global<BackupStatus>('backup-status')
  const launch = await global<LaunchStatus>('launch-status')
  return [
    siteUrlCheck(),
    secretCheck(),
    privacyCheck(settings, notice, links),
    contactEmailCheck(settings, links),
    emailCheck(launch),
    backupCheck(backup, now),
    identityCheck(settings, links),
    englishItem(await draftOnlyEnglish(payload), links),
  ]
}
