/**
 * `npm run backup`: one archive in BACKUP_DIR (default backups/) with a consistent snapshot of the
 * database and every media file (MEDIA_DIR, or every object of the media bucket with S3_BUCKET),
 * taken while the site keeps running; with BACKUP_S3_URL, also copied off-site (and the copies
 * there rotated by BACKUP_KEEP). The archive's path is the last line of the output; a failed
 * off-site copy keeps it, says why and exits with 1.
 */
import { takeBackup } from '../src/backup/backup'
import { copyOffsite, offsiteClient, offsiteTarget } from '../src/backup/offsite'
import { appInfo, backupSettings } from '../src/backup/settings'
import { projectRoot } from '../src/runtime/environment'
import { scriptDatabase } from '../src/runtime/scriptDatabase'
import { fail, log } from './log'

async function main(): Promise<void> {
  // A mistyped BACKUP_S3_URL or endpoint is said before the backup, not after minutes of it.
  if (offsiteTarget()) offsiteClient().destroy()
  const db = await scriptDatabase()
  let archive: string
  try {
    const { dir, keep, mediaDir } = backupSettings(projectRoot)
    archive = await takeBackup({
      databaseUrl: db.url,
      mediaDir,
      backupDir: dir,
      app: appInfo(projectRoot),
      log,
    })
    try {
      await copyOffsite(archive, { keep, log })
    } catch (error) {
      console.error(`[scena] ${(error as Error).message}`)
      console.error(`[scena] The backup itself is kept: ${archive}`)
      process.exitCode = 1
    }
  } finally {
    await db.stop()
  }
  console.log(archive)
}

main().then(() => process.exit(process.exitCode ?? 0), fail)
