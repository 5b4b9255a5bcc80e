import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import { generateIdentity, identityToRecipient } from 'age-encryption'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { archivePattern, sha256File } from '../../src/backup/archive'
import { configFrom } from '../../src/env'
import { isEncrypted } from '../../src/backup/encryption'
import {
  copyOffsite,
  offsiteClient,
  OffsiteConfigError,
  OffsiteRotationError,
  offsiteTarget,
} from '../../src/backup/offsite'
import { runScheduledBackup } from '../../src/backup/scheduled'
import { BackupStatus } from '../../src/components/admin/BackupStatus'
import { adminI18n } from './support/adminI18n'
import { freePort } from './support/freePort'
import { startS3 } from './support/s3'
import { withStaff } from './support/staff'
import { makeTempDir, removeDir } from './support/tempDir'

/**
 * The off-site copy (BACKUP_S3_URL) against a real S3-compatible server: every scheduled backup is
 * uploaded and checked, the copies are rotated by BACKUP_KEEP without touching anything else under
 * the prefix, and a failed upload is recorded and shown to admins while the local backup stands.
 */
const root = path.resolve(import.meta.dirname, '../..')
const BUCKET = 'scena-offsite'
const PREFIX = 'site/nightly/'
const staff = withStaff()
const variables = [
  'BACKUP_DIR',
  'BACKUP_KEEP',
  'BACKUP_S3_URL',
  'BACKUP_RECIPIENTS',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_REGION',
  'AWS_ENDPOINT_URL_S3',
  'AWS_ENDPOINT_URL',
]
const saved = Object.fromEntries(variables.map((key) => [key, process.env[key]]))
let dir: string
let s3: Awaited<ReturnType<typeof startS3>>
let client: S3Client

beforeAll(async () => {
  dir = await makeTempDir('backup-offsite')
  s3 = await startS3(dir, BUCKET)
  client = new S3Client({
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: s3.credentials,
  })
  for (const key of variables) delete process.env[key]
  Object.assign(process.env, {
    BACKUP_DIR: path.join(dir, 'backups'),
    BACKUP_KEEP: '2',
    BACKUP_S3_URL: `s3://${BUCKET}/${PREFIX.slice(0, -1)}`,
    AWS_ACCESS_KEY_ID: s3.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
  })
})
afterAll(async () => {
  client?.destroy()
  await s3?.stop()
  for (const key of variables) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
  await removeDir(dir)
})

const localArchives = async () =>
  (await fs.readdir(path.join(dir, 'backups'))).filter((name) => name.startsWith('scena-backup-')).sort()
const keys = async (prefix = '') =>
  ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }))).Contents ?? [])
    .map((object) => object.Key!)
    .sort()
const read = async (key: string) =>
  Buffer.from(
    await (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray(),
  )
const status = () => staff.payload.findGlobal({ slug: 'backup-status', overrideAccess: true })
const recent = (iso: string | null | undefined) => new Date(iso!).getTime() > Date.now() - 60_000

/** The dashboard block as an admin sees it, in `language`. */
async function dashboard(language: 'it' | 'en'): Promise<string> {
  const i18n = await adminI18n(language)
  // `as never`: the server component's props in part (the block reads these three).
  const element = await BackupStatus({ payload: staff.payload, i18n, user: { role: 'admin' } } as never)
  return renderToStaticMarkup(element)
}

/** Runs with `changes` to the environment, then puts it back. */
async function withEnv<T>(changes: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(changes).map((key) => [key, process.env[key]]))
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  try {
    return await run()
  } finally {
    for (const [key, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
}

/** Errors the scheduled backup logs while `run` runs. */
async function loggedErrors(run: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = []
  const original = staff.payload.logger.error.bind(staff.payload.logger)
  staff.payload.logger.error = (message: unknown) => errors.push(String(message))
  try {
    await run()
  } finally {
    staff.payload.logger.error = original
  }
  return errors
}

describe('BACKUP_S3_URL', () => {
  it('is a bucket and a prefix; a malformed one, or a malformed endpoint, is a one-line error', () => {
    expect(offsiteTarget('s3://scena-backups/site/nightly')).toEqual({
      bucket: 'scena-backups',
      prefix: 'site/nightly/',
    })
    expect(offsiteTarget('s3://scena.backups/a//b/')).toEqual({ bucket: 'scena.backups', prefix: 'a/b/' })
    expect(offsiteTarget('s3://scena-backups')).toEqual({ bucket: 'scena-backups', prefix: '' })
    expect(offsiteTarget('')).toBeNull()
    expect(offsiteTarget('  ')).toBeNull()
    for (const bad of ['https://s3.example.com/b', 's3://', 's3://Scena_Backups/x', 'scena-backups/x', 's3://b/../x'])
      expect(() => offsiteTarget(bad), bad).toThrow(OffsiteConfigError)
    expect(() => offsiteTarget('https://s3.example.com/b')).toThrow(
      'BACKUP_S3_URL: "https://s3.example.com/b" is not a bucket address; write it as s3://BUCKET or s3://BUCKET/PREFIX',
    )
    expect(() => offsiteClient(configFrom({ AWS_ENDPOINT_URL_S3: 'localhost:9000' }))).toThrow(
      /is not an http\(s\) address/,
    )
  })

  it('unset: no copy is attempted', async () => {
    await withEnv({ BACKUP_S3_URL: undefined }, async () => {
      expect(await copyOffsite(path.join(dir, 'none.tar.gz'), { keep: 2 })).toBeNull()
    })
  })
})

describe('the off-site copy of each backup', () => {
  it('is uploaded after the backup is written, checked against the archive, and recorded', async () => {
    const started = Date.now()
    const archive = await runScheduledBackup(staff.payload)
    const name = path.basename(archive)
    const key = PREFIX + name
    expect(await keys(PREFIX)).toEqual([key])
    // Read back whole: the same bytes as the local archive, and its SHA-256 in the metadata.
    const copy = await read(key)
    const sha256 = await sha256File(archive)
    expect(copy.equals(await fs.readFile(archive))).toBe(true)
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))
    expect(head.Metadata?.sha256).toBe(sha256)
    expect(head.ContentLength).toBe(copy.length)

    const recorded = await status()
    expect(recorded.lastArchive).toBe(name)
    expect(recorded.lastEncrypted).toBe(false)
    expect(recorded.lastOffsiteTarget).toBe(`s3://${BUCKET}/${key}`)
    expect(recent(recorded.lastOffsiteAt)).toBe(true)
    console.log(
      `[offsite] backup + upload of a ${(copy.length / 1024).toFixed(0)} KB archive: ${Date.now() - started} ms`,
    )
    expect(await dashboard('en')).toContain(`Off-site copy: `)
    expect(await dashboard('it')).toContain(`Copia fuori sede: `)
    expect(await dashboard('it')).toContain(`(s3://${BUCKET}/${key})`)
  })

  it('is rotated by BACKUP_KEEP: only archives directly under the prefix are ever deleted', async () => {
    const stranger = [
      `${PREFIX}notes.txt`,
      `${PREFIX}scena-backup-1999-01-01T00-00-00-000Z.tar.gz.partial`,
      `${PREFIX}older/scena-backup-1999-01-01T00-00-00-000Z.tar.gz`,
      'site/other/scena-backup-1999-01-01T00-00-00-000Z.tar.gz',
      'scena-backup-1999-01-01T00-00-00-000Z.tar.gz',
    ]
    const oldArchive = `${PREFIX}scena-backup-2000-01-01T00-00-00-000Z.tar.gz.age`
    for (const key of [...stranger, oldArchive])
      await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'not ours to delete' }))
    for (let i = 0; i < 2; i++) await runScheduledBackup(staff.payload)

    const local = await localArchives()
    expect(local).toHaveLength(2)
    const all = await keys()
    expect(all.filter((key) => key.startsWith(PREFIX) && archivePattern.test(key.slice(PREFIX.length)))).toEqual(
      local.map((name) => PREFIX + name),
    )
    expect(all).not.toContain(oldArchive)
    for (const key of stranger) expect(all).toContain(key)
  })

  // (s3rver checks the access key id, not the signature: see support/s3.ts.)
  it('failed (wrong credentials): recorded, logged and shown as an alert; the local backup stands', async () => {
    const before = await status()
    let archive = ''
    const errors = await loggedErrors(() =>
      withEnv({ AWS_ACCESS_KEY_ID: 'NOT-OUR-KEY' }, async () => {
        archive = await runScheduledBackup(staff.payload)
      }),
    )
    expect(existsSync(archive)).toBe(true)
    expect(await keys(PREFIX + path.basename(archive))).toEqual([])
    const recorded = await status()
    expect(recorded.lastArchive).toBe(path.basename(archive))
    expect(recent(recorded.lastSuccessAt)).toBe(true)
    expect(recorded.lastOffsiteAt).toBe(before.lastOffsiteAt)
    expect(recorded.lastOffsiteTarget).toBe(before.lastOffsiteTarget)
    expect(new Date(recorded.lastOffsiteFailureAt!).getTime()).toBeGreaterThan(
      new Date(recorded.lastOffsiteAt!).getTime(),
    )
    expect(recorded.lastOffsiteError).toMatch(
      new RegExp(`^Off-site copy to s3://${BUCKET}/${PREFIX} failed: .*Access Key Id`),
    )
    expect(errors.join('\n')).toContain(recorded.lastOffsiteError!)

    const en = await dashboard('en')
    expect(en).toMatch(/<p role="alert"[^>]*>The off-site copy of .+ failed: Off-site copy to s3:/)
    expect(en).toContain(`Off-site copy: `) // the last good copy is still named
    expect(await dashboard('it')).toMatch(/<p role="alert"[^>]*>La copia fuori sede del .+ non è riuscita: /)
    // The backup itself did not fail: its own alert is not shown.
    expect(en.match(/role="alert"/g)).toHaveLength(1)
  })

  it('failed (storage unreachable): recorded the same way', async () => {
    const archive = await withEnv({ AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${await freePort()}` }, () =>
      loggedErrors(() => runScheduledBackup(staff.payload)).then(() => status()),
    )
    expect(archive.lastOffsiteError).toMatch(/failed: .*ECONNREFUSED/)
    expect(recent(archive.lastOffsiteFailureAt)).toBe(true)
    expect(await localArchives()).toContain(archive.lastArchive)
  })

  it('the next good copy clears the alert', async () => {
    await runScheduledBackup(staff.payload)
    const recorded = await status()
    expect(new Date(recorded.lastOffsiteAt!).getTime()).toBeGreaterThan(
      new Date(recorded.lastOffsiteFailureAt!).getTime(),
    )
    expect(await dashboard('en')).not.toContain('role="alert"')
  })

  it('uploaded but not rotated (no permission to delete): the copy is named, and the failure shown', async () => {
    const denied = offsiteClient()
    denied.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'DeleteObjectCommand')
          throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } })
        return next(args)
      },
      { step: 'initialize' },
    )
    const before = await keys(PREFIX)
    const file = path.join(dir, 'scena-backup-2999-01-01T00-00-00-000Z.tar.gz')
    await fs.writeFile(file, 'a newer archive')
    try {
      const error = await copyOffsite(file, { keep: 2, client: denied }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(OffsiteRotationError)
      expect((error as OffsiteRotationError).location).toBe(`s3://${BUCKET}/${PREFIX}${path.basename(file)}`)
      expect((error as Error).message).toMatch(/written, but older copies could not be removed: Access Denied$/)
      expect(await keys(PREFIX)).toEqual([...before, PREFIX + path.basename(file)].sort())
    } finally {
      denied.destroy()
      await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: PREFIX + path.basename(file) }))
    }
    // Recorded as runScheduledBackup does (same time for both): the failure is shown beside the copy.
    const at = new Date().toISOString()
    await staff.payload.updateGlobal({
      slug: 'backup-status',
      data: { lastOffsiteAt: at, lastOffsiteFailureAt: at, lastOffsiteError: 'older copies could not be removed' },
      overrideAccess: true,
    })
    expect(await dashboard('en')).toMatch(/role="alert"[^>]*>The off-site copy of .+ failed: older copies could not/)
  })

  it('of an encrypted backup is the .age file, and the status says it is encrypted', async () => {
    const recipient = await identityToRecipient(await generateIdentity())
    const archive = await withEnv({ BACKUP_RECIPIENTS: recipient }, () => runScheduledBackup(staff.payload))
    const key = PREFIX + path.basename(archive)
    expect(key).toMatch(/\.tar\.gz\.age$/)
    expect(await isEncrypted(archive)).toBe(true)
    expect((await read(key)).equals(await fs.readFile(archive))).toBe(true)
    const recorded = await status()
    expect(recorded.lastEncrypted).toBe(true)
    expect(recorded.lastOffsiteTarget).toBe(`s3://${BUCKET}/${key}`)
    // Plain and encrypted archives are rotated together, as locally.
    expect((await keys(PREFIX)).filter((k) => archivePattern.test(k.slice(PREFIX.length)))).toEqual(
      (await localArchives()).map((name) => PREFIX + name),
    )
  })
})

describe('npm run backup', () => {
  /** The script in its own process, with the test database and `env`. */
  async function backup(env: Record<string, string>) {
    try {
      const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/backup.ts'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: inject('databaseUrl'), MEDIA_DIR: inject('mediaDir'), ...env },
      })
      return { ok: true, output: stdout + stderr, stdout }
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
      return { ok: false, output: stdout + stderr, stdout }
    }
  }

  it('copies the archive off-site and says where', async () => {
    const run = await backup({ BACKUP_DIR: path.join(dir, 'manual') })
    expect(run.output).toMatch(/Off-site copy: s3:\/\/scena-offsite\/site\/nightly\/scena-backup-.+ SHA-256 checked/)
    expect(run.ok).toBe(true)
    const archive = run.stdout.trim().split('\n').at(-1)!
    expect(await keys(PREFIX + path.basename(archive))).toHaveLength(1)
  })

  it('a malformed BACKUP_S3_URL is said in one line, before any backup', async () => {
    const run = await backup({ BACKUP_DIR: path.join(dir, 'malformed'), BACKUP_S3_URL: 'scena-offsite/site' })
    expect(run.ok).toBe(false)
    expect(run.output).toContain('[scena] BACKUP_S3_URL: "scena-offsite/site" is not a bucket address')
    expect(run.output).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(dir, 'malformed'))).toBe(false)
  })

  it('a failed upload keeps the archive, says why and exits non-zero', async () => {
    const run = await backup({
      BACKUP_DIR: path.join(dir, 'unreachable'),
      AWS_ENDPOINT_URL_S3: `http://127.0.0.1:${await freePort()}`,
    })
    expect(run.ok).toBe(false)
    expect(run.output).toMatch(/Off-site copy to s3:\/\/scena-offsite\/site\/nightly\/ failed: .*ECONNREFUSED/)
    const kept = run.output.match(/The backup itself is kept: (\S+)/)?.[1]
    expect(kept && existsSync(kept)).toBe(true)
    expect(run.output).not.toMatch(/\n\s+at /)
  })
})
