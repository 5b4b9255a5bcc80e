import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { extract } from 'tar'

import { ARCHIVE_FORMAT, type Manifest, sha256File } from './archive'
import { loadTables, rowCounts, setSequences, tablesOf } from './database'
import { decryptFile, isEncrypted } from './encryption'
import { type MediaStore, mediaStore } from './mediaStore'

/** A backup that cannot be restored, with the reason for the person running the restore. */
export class RestoreRefused extends Error {}

export interface RestoreOptions {
  file: string
  databaseUrl: string
  mediaDir: string
  /** Where the media go (default: the bucket of S3_BUCKET when set, else `mediaDir`). */
  media?: MediaStore
  /** The migrations this build knows, in order. */
  knownMigrations: string[]
  /** Applies the given migrations (in order) to the target database. */
  migrate: (names: string[]) => Promise<void>
  /** Replace a database or media folder that is not empty, after backing it up with this. */
  replace?: () => Promise<string>
  /** age private keys (AGE-SECRET-KEY-1…) for an encrypted backup. */
  identities?: string[]
  log?: (line: string) => void
}

/** The plain archive of `file`: itself, or decrypted into `dir` with one of `identities`. */
async function plainArchive(file: string, dir: string, identities: string[]): Promise<string> {
  if (!(await isEncrypted(file))) return file
  if (!identities.length)
    throw new RestoreRefused(
      'This backup is encrypted: give the key that opens it with --identity KEYFILE; nothing was changed.',
    )
  const plain = path.join(dir, '.decrypted.tar.gz')
  try {
    await decryptFile(file, plain, identities)
  } catch (error) {
    throw new RestoreRefused(
      `The key given does not open this backup, or the backup is damaged (${(error as Error).message}); nothing was changed.`,
    )
  }
  return plain
}

async function unpack(file: string, dir: string, identities: string[]): Promise<Manifest> {
  try {
    await fs.access(file)
  } catch {
    throw new RestoreRefused(`No such backup: ${file}`)
  }
  const archive = await plainArchive(file, dir, identities)
  try {
    await extract({ file: archive, cwd: dir, strict: true })
    if (archive !== file) await fs.rm(archive)
  } catch (error) {
    throw new RestoreRefused(`The archive is damaged or incomplete (${(error as Error).message}); nothing was changed.`)
  }
  try {
    return JSON.parse(await fs.readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest
  } catch {
    throw new RestoreRefused('The archive has no readable manifest: it is not a Scena backup, or it is damaged.')
  }
}

/** Every file the manifest lists is there with its checksum; the schema is one this build knows. */
async function verify(dir: string, manifest: Manifest, knownMigrations: string[]): Promise<void> {
  if (
    manifest.format !== ARCHIVE_FORMAT ||
    !manifest.tables ||
    !manifest.media ||
    !Array.isArray(manifest.migrations)
  ) {
    throw new RestoreRefused(`The archive's format (${manifest.format}) is not one this version reads.`)
  }
  const files = [
    ...Object.entries(manifest.tables).map(([table, entry]) => [`db/${table}.copy`, entry.sha256] as const),
    ...Object.entries(manifest.media).map(([file, entry]) => [`media/${file}`, entry.sha256] as const),
  ]
  for (const [relative, expected] of files) {
    const actual = await sha256File(path.join(dir, relative)).catch(() => 'missing')
    if (actual !== expected) {
      throw new RestoreRefused(
        `The archive is damaged: ${relative} is ${actual === 'missing' ? 'missing' : 'not what was backed up'}; nothing was changed.`,
      )
    }
  }
  const unknown = manifest.migrations.filter((name) => !knownMigrations.includes(name))
  if (unknown.length) {
    throw new RestoreRefused(
      `The backup comes from a newer version of Scena (migrations ${unknown.join(', ')} are unknown here): update Scena first; nothing was changed.`,
    )
  }
}

async function isEmpty(client: pg.ClientBase, media: MediaStore): Promise<boolean> {
  for (const table of await tablesOf(client)) {
    if (table === 'payload_migrations' || table === 'rate_limits') continue
    const { rows } = await client.query(`SELECT 1 FROM "${table}" LIMIT 1`)
    if (rows.length) return false
  }
  return (await media.list()).length === 0
}

/**
 * Restores a backup into the configured database and media folder (or bucket): checks the whole archive first
 * (checksums, schema version) and refuses a target that is not empty unless told to replace it,
 * then rebuilds the schema of the backup's version, loads every row, applies the migrations that
 * came after it, and checks the row counts against the manifest.
 */
export async function restoreBackup(options: RestoreOptions): Promise<Manifest> {
  const { file, databaseUrl, mediaDir, knownMigrations, migrate, replace, identities = [] } = options
  const { log = () => undefined } = options
  const media = options.media ?? mediaStore(mediaDir)
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'scena-restore-'))
  const client = new pg.Client({ connectionString: databaseUrl })
  try {
    const manifest = await unpack(file, work, identities)
    await verify(work, manifest, knownMigrations)
    log(
      `Archive checked: ${Object.keys(manifest.tables).length} tables, ${Object.keys(manifest.media).length} media files, from ${manifest.createdAt}.`,
    )

    await client.connect()
    // (A bucket that cannot be listed stops the restore here, before anything has changed.)
    if (!(await isEmpty(client, media))) {
      if (!replace) {
        throw new RestoreRefused(
          'The database or the media (folder or bucket) is not empty: run the restore with --replace to replace them (a backup of what is there is taken first); nothing was changed.',
        )
      }
      log(`Backed up what was there first: ${await replace()}`)
    }

    log('Rebuilding the schema of the backup…')
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    const archived = knownMigrations.filter((name) => manifest.migrations.includes(name))
    await migrate(archived)
    const tables = Object.keys(manifest.tables).filter((table) => table !== 'payload_migrations')
    log('Loading the rows:')
    await loadTables(client, path.join(work, 'db'), ['payload_migrations', ...tables], log)
    await setSequences(client, manifest.sequences)
    const counts = await rowCounts(client, Object.keys(manifest.tables))
    const wrong = Object.entries(manifest.tables).filter(([table, { rows }]) => counts[table] !== rows)
    if (wrong.length) throw new Error(`Row counts differ from the manifest for ${wrong.map(([t]) => t).join(', ')}.`)

    const newer = knownMigrations.filter((name) => !manifest.migrations.includes(name))
    if (newer.length) {
      log(`Applying ${newer.length} newer migrations…`)
      await migrate(knownMigrations)
    }

    log(`Media into ${media.location}…`)
    await media.clear()
    for (const [relative, entry] of Object.entries(manifest.media))
      await media.upload(relative, path.join(work, 'media', relative), entry.contentType)
    const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0)
    log(
      `Restore complete: ${rows} rows in ${Object.keys(manifest.tables).length} tables (as in the manifest), ${Object.keys(manifest.media).length} media files.`,
    )
    return manifest
  } finally {
    if (!options.media) media.close()
    await client.end().catch(() => undefined)
    // (An aborted extraction may still be closing files: retry, and never hide the real error.)
    await fs.rm(work, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined)
  }
}
