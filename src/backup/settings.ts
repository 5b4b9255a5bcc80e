import { readFileSync } from 'node:fs'
import path from 'node:path'
import { env } from '../env'

/**
 * Where backups go, how many the nightly one keeps, when it runs (croner syntax), and where the
 * media are; relative paths are taken from `base` (the project folder: the scripts' and the
 * server's working directory).
 */
export const backupSettings = (base = process.cwd()) => ({
  dir: path.resolve(base, env.BACKUP_DIR),
  keep: env.BACKUP_KEEP,
  schedule: env.BACKUP_SCHEDULE,
  mediaDir: path.resolve(base, env.MEDIA_DIR),
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
