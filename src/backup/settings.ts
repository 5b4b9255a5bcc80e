import { readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Where backups go, how many the nightly one keeps, when it runs (croner syntax), and where the
 * media are; relative paths are taken from `base` (the project folder: the scripts' and the
 * server's working directory).
 */
export const backupSettings = (base = process.cwd()) => ({
  dir: path.resolve(base, process.env.BACKUP_DIR || 'backups'),
  keep: Math.max(1, Number(process.env.BACKUP_KEEP) || 7),
  schedule: process.env.BACKUP_SCHEDULE || '0 3 * * *',
  mediaDir: path.resolve(base, process.env.MEDIA_DIR || 'media'),
})

/** The app's name and version, for the archive's manifest. */
export function appInfo(base = process.cwd()): { name: string; version: string } {
  try {
    const { name, version } = JSON.parse(readFileSync(path.join(base, 'package.json'), 'utf8')) as Record<
      string,
      string
    >
    return { name: name ?? 'scena', version: version ?? '0' }
  } catch {
    return { name: 'scena', version: '0' }
  }
}
