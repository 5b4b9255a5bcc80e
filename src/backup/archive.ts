import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * A backup is one `.tar.gz`: `manifest.json`, `db/<table>.copy` (PostgreSQL COPY text format, one
 * file per table) and `media/<file>` (from MEDIA_DIR, or from the bucket of S3_BUCKET). The manifest lists what a restore checks before it changes
 * anything: format, app version, applied migrations, rows per table, and a SHA-256 of every file.
 */
export const ARCHIVE_FORMAT = 1

export interface Manifest {
  format: number
  app: { name: string; version: string }
  createdAt: string
  migrations: string[]
  tables: Record<string, { rows: number; sha256: string; bytes: number }>
  /** Sequence values at the snapshot, so new rows continue where the backup's left off. */
  sequences: Record<string, number | null>
  /** Names relative to the media folder or bucket prefix; `contentType` as the bucket kept it. */
  media: Record<string, { sha256: string; bytes: number; contentType?: string }>
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
  })
}

/** Every file under `dir`, as paths relative to it (sorted, so archives are reproducible). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** Sortable, unique to the millisecond and safe in a file name: 2026-11-28T15-42-07-123Z. */
export const archiveName = (date = new Date()) => `scena-backup-${date.toISOString().replace(/[:.]/g, '-')}.tar.gz`

/** The name of an archive, plain or encrypted (.age); never a `.partial` one, nor one in a sub-folder. */
export const archivePattern = /^scena-backup-[^/]+\.tar\.gz(\.age)?$/
