import fs from 'node:fs/promises'
import path from 'node:path'

import type { GlobalConfig, Payload, TaskConfig } from 'payload'

import { isAdmin } from '../access'
import { archivePattern } from './archive'
import { takeBackup } from './backup'
import { ENCRYPTED_SUFFIX } from './encryption'
import { copyOffsite, OffsiteRotationError } from './offsite'
import { appInfo, backupSettings } from './settings'
import { env } from '../env'

/** Deletes the oldest archives beyond `keep` (names sort by time); returns what it deleted. */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const archives = (await fs.readdir(dir).catch(() => [] as string[]))
    .filter((name) => archivePattern.test(name))
    .sort()
  const old = archives.slice(0, Math.max(0, archives.length - keep))
  for (const name of old) await fs.rm(path.join(dir, name), { force: true })
  return old
}

/** The outcome of the latest scheduled backup, for the admin dashboard ("last backup: …"). */
export const BackupStatus: GlobalConfig = {
  slug: 'backup-status',
  label: { it: 'Stato dei backup', en: 'Backup status' },
  admin: { hidden: true },
  access: { read: isAdmin, update: () => false },
  fields: [
    { name: 'lastSuccessAt', type: 'date' },
    { name: 'lastArchive', type: 'text' },
    // Whether that archive is encrypted (BACKUP_RECIPIENTS): the launch checklist asks for it.
    { name: 'lastEncrypted', type: 'checkbox' },
    { name: 'lastFailureAt', type: 'date' },
    { name: 'lastError', type: 'text' },
    // The off-site copy (BACKUP_S3_URL) of the last archive: where and when, or why it failed.
    { name: 'lastOffsiteAt', type: 'date' },
    { name: 'lastOffsiteTarget', type: 'text' },
    { name: 'lastOffsiteFailureAt', type: 'date' },
    { name: 'lastOffsiteError', type: 'text' },
  ],
}

/**
 * One scheduled backup: the archive, then pruning, and the outcome recorded either way; then its
 * off-site copy (BACKUP_S3_URL), recorded on its own: a failed upload keeps the local archive and
 * leaves the backup a success.
 */
export async function runScheduledBackup(payload: Payload): Promise<string> {
  const { dir, keep, mediaDir } = backupSettings()
  const record = (data: Record<string, unknown>) =>
    payload.updateGlobal({ slug: 'backup-status', data, overrideAccess: true }).catch(() => null)
  let archive: string
  try {
    const databaseUrl = env.DATABASE_URL
    if (!databaseUrl) throw new Error('DATABASE_URL is not set in this process.')
    archive = await takeBackup({ databaseUrl, mediaDir, backupDir: dir, app: appInfo() })
    const removed = await pruneBackups(dir, keep)
    payload.logger.info(
      `Scheduled backup written: ${archive}${removed.length ? ` (${removed.length} older removed)` : ''}`,
    )
    await record({
      lastSuccessAt: new Date().toISOString(),
      lastArchive: path.basename(archive),
      lastEncrypted: archive.endsWith(ENCRYPTED_SUFFIX),
    })
  } catch (error) {
    const message = (error as Error).message.slice(0, 500)
    payload.logger.error(`Scheduled backup failed: ${message}`)
    await record({ lastFailureAt: new Date().toISOString(), lastError: message })
    throw error
  }
  await copyAndRecord(payload, archive, keep, record)
  return archive
}

async function copyAndRecord(
  payload: Payload,
  archive: string,
  keep: number,
  record: (data: Record<string, unknown>) => Promise<unknown>,
): Promise<void> {
  try {
    const copy = await copyOffsite(archive, { keep })
    if (!copy) return
    payload.logger.info(
      `Off-site copy written: ${copy.location}${copy.removed.length ? ` (${copy.removed.length} older removed)` : ''}`,
    )
    await record({ lastOffsiteAt: new Date().toISOString(), lastOffsiteTarget: copy.location })
  } catch (error) {
    const message = (error as Error).message.slice(0, 500)
    payload.logger.error(message.startsWith('Off-site') ? message : `Off-site copy failed: ${message}`)
    const at = new Date().toISOString()
    // Uploaded but not rotated: the copy is there (recorded), and the failure is of the same run
    // (same time: the dashboard shows a failure that is not older than the last copy).
    const uploaded =
      error instanceof OffsiteRotationError ? { lastOffsiteAt: at, lastOffsiteTarget: error.location } : {}
    await record({ ...uploaded, lastOffsiteFailureAt: at, lastOffsiteError: message })
  }
}

/** Payload task: nightly (BACKUP_SCHEDULE) in the process that runs the job queue. */
export const scheduledBackupTask: TaskConfig = {
  slug: 'scheduledBackup' as TaskConfig['slug'],
  retries: 0,
  schedule: [{ cron: backupSettings().schedule, queue: 'default' }],
  handler: async ({ req }) => {
    await runScheduledBackup(req.payload)
    return { output: {} }
  },
}
