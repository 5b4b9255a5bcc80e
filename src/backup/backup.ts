import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { create as createTar } from 'tar'

import { ARCHIVE_FORMAT, archiveName, type Manifest, sha256File } from './archive'
import { dumpDatabase } from './database'
import { backupRecipients, encryptFile, ENCRYPTED_SUFFIX } from './encryption'
import { type MediaStore, mediaStore } from './mediaStore'

export interface BackupOptions {
  databaseUrl: string
  mediaDir: string
  /** Where the media are read from (default: the bucket of S3_BUCKET when set, else `mediaDir`). */
  media?: MediaStore
  backupDir: string
  app: { name: string; version: string }
  /** age public keys to encrypt the archive to (default: BACKUP_RECIPIENTS); none: a plain `.tar.gz`. */
  recipients?: string[]
  log?: (line: string) => void
}

/**
 * Writes one archive with a consistent snapshot of the whole database and every media file (from
 * the folder, or every object of the media bucket), while the site keeps running. Returns the
 * archive's path.
 */
export async function takeBackup({
  databaseUrl,
  mediaDir,
  media: givenStore,
  backupDir,
  app,
  recipients = backupRecipients(),
  log = () => undefined,
}: BackupOptions) {
  const media = givenStore ?? mediaStore(mediaDir)
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'scena-backup-'))
  try {
    await fs.mkdir(path.join(work, 'db'))
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    let snapshot
    try {
      log('Database (one consistent snapshot):')
      snapshot = await dumpDatabase(client, path.join(work, 'db'), log)
    } finally {
      await client.end()
    }

    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      app,
      createdAt: new Date().toISOString(),
      migrations: snapshot.migrations,
      tables: {},
      sequences: snapshot.sequences,
      media: {},
    }
    for (const [table, { rows }] of Object.entries(snapshot.tables)) {
      const file = path.join(work, 'db', `${table}.copy`)
      manifest.tables[table] = { rows, sha256: await sha256File(file), bytes: (await fs.stat(file)).size }
    }

    const mediaFiles = await media.list()
    log(`Media: ${mediaFiles.length} files from ${media.location}`)
    await fs.mkdir(path.join(work, 'media'))
    for (const relative of mediaFiles) {
      const target = path.join(work, 'media', relative)
      await fs.mkdir(path.dirname(target), { recursive: true })
      const contentType = await media.download(relative, target)
      manifest.media[relative] = {
        sha256: await sha256File(target),
        bytes: (await fs.stat(target)).size,
        ...(contentType ? { contentType } : {}),
      }
      log(`  ${relative}`)
    }
    await fs.writeFile(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2))

    await fs.mkdir(backupDir, { recursive: true })
    const name = archiveName()
    // Encrypted, the plain archive never reaches the backup folder: it is made beside the dump.
    const plain = recipients.length ? path.join(work, name) : path.join(backupDir, name)
    const archive = recipients.length ? path.join(backupDir, name + ENCRYPTED_SUFFIX) : plain
    // Written under a temporary name first: a half-written archive never looks like a backup.
    await createTar({ gzip: true, file: `${plain}.partial`, cwd: work, portable: true }, [
      'manifest.json',
      'db',
      'media',
    ])
    if (recipients.length) {
      await encryptFile(`${plain}.partial`, `${archive}.partial`, recipients)
      log(`Encrypted to ${recipients.length} age ${recipients.length === 1 ? 'key' : 'keys'}.`)
    }
    await fs.rename(recipients.length ? `${archive}.partial` : `${plain}.partial`, archive)
    const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0)
    const size = (await fs.stat(archive)).size
    log(
      `Backup complete: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${mediaFiles.length} media files, ` +
        `${(size / 1024 / 1024).toFixed(2)} MB.`,
    )
    return archive
  } finally {
    if (!givenStore) media.close()
    // (An aborted extraction may still be closing files: retry, and never hide the real error.)
    await fs.rm(work, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined)
  }
}
