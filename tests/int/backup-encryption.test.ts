import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { generateIdentity, identityToRecipient } from 'age-encryption'
import pg from 'pg'
import { extract } from 'tar'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import type { Manifest } from '../../src/backup/archive'
import { takeBackup } from '../../src/backup/backup'
import { backupRecipients, decryptFile, isEncrypted } from '../../src/backup/encryption'
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded'
import { freePort } from './support/freePort'
import { makeTempDir, removeDir } from './support/tempDir'

/**
 * Backups encrypted to age public keys (BACKUP_RECIPIENTS): the server cannot read them, either
 * key opens them, a wrong or missing key changes nothing, and the `age` tool decrypts them too.
 */
const root = path.resolve(import.meta.dirname, '../..')
const sourceUrl = inject('databaseUrl')
const sourceMedia = inject('mediaDir')

let dir: string
let target: EmbeddedDatabase
let archive: string
const keys: Array<{ identity: string; recipient: string; file: string }> = []

beforeAll(async () => {
  dir = await makeTempDir('backup-age')
  for (const name of ['first', 'second', 'stranger']) {
    const identity = await generateIdentity()
    const file = path.join(dir, `${name}.txt`)
    await fs.writeFile(file, `# created: for the test\n# public key: …\n${identity}\n`)
    keys.push({ identity, recipient: await identityToRecipient(identity), file })
  }
  archive = await takeBackup({
    databaseUrl: sourceUrl,
    mediaDir: sourceMedia,
    backupDir: path.join(dir, 'backups'),
    app: { name: 'scena', version: 'test' },
    recipients: [keys[0]!.recipient, keys[1]!.recipient],
  })
  target = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), database: 'target' })
})
afterAll(async () => {
  await target?.stop()
  await removeDir(dir)
})

async function manifestOf(tarball: string): Promise<Manifest> {
  const out = await fs.mkdtemp(path.join(dir, 'x-'))
  await extract({ file: tarball, cwd: out })
  return JSON.parse(await fs.readFile(path.join(out, 'manifest.json'), 'utf8')) as Manifest
}

async function restore(...flags: string[]) {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/restore.ts', archive, ...flags],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: target.url, MEDIA_DIR: path.join(dir, 'media'), REDIS_URL: '' },
      },
    )
    return { ok: true, output: stdout }
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    return { ok: false, output: stdout + stderr }
  }
}

async function tablesIn(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)
    return rows[0].n as number
  } finally {
    await client.end()
  }
}

describe('encrypted backups', () => {
  it('are age files in the backup folder, with no plain archive beside them', async () => {
    expect(archive).toMatch(/scena-backup-.+\.tar\.gz\.age$/)
    expect(await isEncrypted(archive)).toBe(true)
    expect(await fs.readdir(path.dirname(archive))).toEqual([path.basename(archive)])
  })

  it('open with either recipient’s key, and with no other', async () => {
    for (const key of keys.slice(0, 2)) {
      const plain = path.join(dir, `${path.basename(key.file)}.tar.gz`)
      await decryptFile(archive, plain, [key.identity])
      expect(Object.keys((await manifestOf(plain)).tables)).toContain('faqs')
    }
    await expect(decryptFile(archive, path.join(dir, 'no.tar.gz'), [keys[2]!.identity])).rejects.toThrow()
  })

  it.runIf(existsSync('/usr/bin/age'))('open with the age tool (apt-get install age)', async () => {
    const plain = path.join(dir, 'by-age.tar.gz')
    await promisify(execFile)('age', ['-d', '-i', keys[1]!.file, '-o', plain, archive])
    expect((await manifestOf(plain)).format).toBe(1)
  })

  it('a restore without a key, or with a wrong one, is refused and changes nothing', async () => {
    const without = await restore()
    expect(without.ok).toBe(false)
    expect(without.output).toContain('This backup is encrypted: give the key that opens it with --identity KEYFILE')
    const wrong = await restore('--identity', keys[2]!.file)
    expect(wrong.ok).toBe(false)
    expect(wrong.output).toContain('The key given does not open this backup')
    const notAKey = await restore('--identity', archive)
    expect(notAKey.ok).toBe(false)
    expect(notAKey.output).toContain('holds no age private key')
    expect(await tablesIn(target.url)).toBe(0)
  })

  it('restores with the second recipient’s key file', async () => {
    const restored = await restore('--identity', keys[1]!.file)
    expect(restored.output).toContain('Restore complete')
    expect(restored.ok).toBe(true)
    expect(await tablesIn(target.url)).toBeGreaterThan(10)
  })

  it('BACKUP_RECIPIENTS takes keys separated by spaces, commas or lines, and refuses anything else', () => {
    const [a, b] = keys.map((k) => k.recipient)
    expect(backupRecipients(`${a}, ${b}\n`)).toEqual([a, b])
    expect(backupRecipients('')).toEqual([])
    expect(() => backupRecipients(`${a} ssh-ed25519`)).toThrow(
      /BACKUP_RECIPIENTS: "ssh-ed25519" is not an age public key/,
    )
    expect(() => backupRecipients(keys[0]!.identity)).toThrow(/not an age public key/)
  })
})
