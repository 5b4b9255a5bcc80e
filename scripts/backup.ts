/**
 * `npm run backup`: one archive in BACKUP_DIR (default backups/) with a consistent snapshot of the
 * database and every media file, taken while the site keeps running. Its path is the last line.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { takeBackup } from '../src/backup/backup'
import { projectRoot } from '../src/runtime/environment'
import { scriptDatabase } from '../src/runtime/scriptDatabase'
import { fail, log } from './log'

export const appInfo = () => {
  const { name, version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    name: string
    version: string
  }
  return { name, version }
}
export const backupDir = () => path.resolve(projectRoot, process.env.BACKUP_DIR || 'backups')
export const mediaDir = () => path.resolve(projectRoot, process.env.MEDIA_DIR || 'media')

async function main(): Promise<void> {
  const db = await scriptDatabase()
  try {
    const archive = await takeBackup({
      databaseUrl: db.url,
      mediaDir: mediaDir(),
      backupDir: backupDir(),
      app: appInfo(),
      log,
    })
    console.log(archive)
  } finally {
    await db.stop()
  }
}

if (process.argv[1]?.endsWith('backup.ts')) main().then(() => process.exit(0), fail)
