import fs from 'node:fs/promises'
import path from 'node:path'

import type { GlobalConfig, Payload, TaskConfig } from 'payload'

import { isAdmin } from '../access'
import { takeBackup } from './backup'
import { appInfo, backupSettings } from './settings'

// Plain or encrypted (.age).
const archivePattern = /^scena-backup-.+\.tar\.gz(\.age)?$/

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

/** One scheduled backup: the archive, then pruning, and the outcome recorded either way. */
export async function runScheduledBackup(payload: Payload): Promise<string> {
  const { dir, keep, mediaDir } = backupSettings()
  const record = (data: Record<string, unknown>) =>
    payload
      .updateGlobal({ slug: 'backup-status' as never, data: data as never, overrideAccess: true })
      .catch(() => null)
  try {
    const databaseUrl = process.env.DATABASE_URL
    if (!databaseUrl) throw new Error('DATABASE_URL is not set in this process.')
    const archive = await takeBackup({ databaseUrl, mediaDir, backupDir: dir, app: appInfo() })
    const removed = await pruneBackups(dir, keep)
    payload.logger.info(
      `Scheduled backup written: ${archive}${removed.length ? ` (${removed.length} older removed)` : ''}`,
    )
    await record({ lastSuccessAt: new Date().toISOString(), lastArchive: path.basename(archive) })
    return archive
  } catch (error) {
    const message = (error as Error).message.slice(0, 500)
    payload.logger.error(`Scheduled backup failed: ${message}`)
    await record({ lastFailureAt: new Date().toISOString(), lastError: message })
    throw error
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
