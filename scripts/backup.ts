/**
 * `npm run backup`: one archive in BACKUP_DIR (default backups/) with a consistent snapshot of the
 * database and every media file, taken while the site keeps running. Its path is the last line.
 */
import { takeBackup } from '../src/backup/backup'
import { appInfo, backupSettings } from '../src/backup/settings'
import { projectRoot } from '../src/runtime/environment'
import { scriptDatabase } from '../src/runtime/scriptDatabase'
import { fail, log } from './log'

async function main(): Promise<void> {
  const db = await scriptDatabase()
  try {
    const { dir, mediaDir } = backupSettings(projectRoot)
    const archive = await takeBackup({
      databaseUrl: db.url,
      mediaDir,
      backupDir: dir,
      app: appInfo(projectRoot),
      log,
    })
    console.log(archive)
  } finally {
    await db.stop()
  }
}

main().then(() => process.exit(0), fail)
