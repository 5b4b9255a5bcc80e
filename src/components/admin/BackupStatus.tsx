import type { ServerProps } from 'payload'

import type { AdminKey } from '../../i18n/admin'
import { dateFormatIn } from '../../i18n/dates'

type Status = {
  lastSuccessAt?: string | null
  lastArchive?: string | null
  lastFailureAt?: string | null
  lastError?: string | null
  lastOffsiteAt?: string | null
  lastOffsiteTarget?: string | null
  lastOffsiteFailureAt?: string | null
  lastOffsiteError?: string | null
}

/**
 * On the admin dashboard, for admins: when the last scheduled backup was taken, and a warning when
 * the latest attempt failed (the failure is also in the server log); the same for its off-site
 * copy (BACKUP_S3_URL), once there has been one.
 */
export async function BackupStatus({ payload, i18n, user }: ServerProps) {
  if (!user || (user as { role?: string }).role !== 'admin') return null
  const text = (key: AdminKey, vars?: Record<string, unknown>) =>
    (i18n.t as (k: string, v?: Record<string, unknown>) => string)(key, vars)
  const status = (await payload
    .findGlobal({ slug: 'backup-status', overrideAccess: true })
    .catch(() => null)) as Status | null
  const format = (iso: string) =>
    dateFormatIn(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso))
  const failedLast = status?.lastFailureAt && (!status.lastSuccessAt || status.lastFailureAt > status.lastSuccessAt)
  // Not older than the last copy: a copy uploaded but not rotated records both at the same time.
  const offsiteFailedLast =
    status?.lastOffsiteFailureAt && (!status.lastOffsiteAt || status.lastOffsiteFailureAt >= status.lastOffsiteAt)
  return (
    <section className="scena-backup-status" aria-labelledby="scena-backup-status">
      <h2 id="scena-backup-status">{text('scena:backupTitle')}</h2>
      <p>
        {status?.lastSuccessAt
          ? text('scena:backupLast', { date: format(status.lastSuccessAt), file: status.lastArchive ?? '' })
          : text('scena:backupNever')}
      </p>
      {failedLast ? (
        <p role="alert" className="scena-backup-status__error">
          {text('scena:backupFailed', { date: format(status!.lastFailureAt!), error: status!.lastError ?? '' })}
        </p>
      ) : null}
      {status?.lastOffsiteAt ? (
        <p>
          {text('scena:backupOffsite', {
            date: format(status.lastOffsiteAt),
            target: status.lastOffsiteTarget ?? '',
          })}
        </p>
      ) : null}
      {offsiteFailedLast ? (
        <p role="alert" className="scena-backup-status__error">
          {text('scena:backupOffsiteFailed', {
            date: format(status!.lastOffsiteFailureAt!),
            error: status!.lastOffsiteError ?? '',
          })}
        </p>
      ) : null}
    </section>
  )
}
