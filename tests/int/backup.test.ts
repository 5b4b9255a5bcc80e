import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import sharp from 'sharp'
import { create as createTar, extract } from 'tar'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { filesUnder, type Manifest } from '../../src/backup/archive'
import { takeBackup } from '../../src/backup/backup'
import { passwordMatches } from '../../src/auth/password'
import { paragraphsToLexical } from '../../src/fields/richText'
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded'
import { freePort } from './support/freePort'
import { rest } from './support/rest'
import { uniqueTag } from './support/samples'
import { withStaff } from './support/staff'
import { makeTempDir, removeDir } from './support/tempDir'

const staff = withStaff()
const root = path.resolve(import.meta.dirname, '../..')
const sourceUrl = inject('databaseUrl')
const sourceMedia = inject('mediaDir')
const app = { name: 'scena', version: 'test' }

let dir: string
let target: EmbeddedDatabase
let targetMedia: string
let archive: string

beforeAll(async () => {
  dir = await makeTempDir('backup')
  target = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'target-pg'),
    port: await freePort(),
    database: 'target',
  })
  targetMedia = path.join(dir, 'target-media')
})
afterAll(async () => {
  await target?.stop()
  await removeDir(dir)
})

/** `npm run restore` against the target database and media folder, in its own process. */
async function restore(file: string, ...flags: string[]) {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/restore.ts', file, ...flags],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: target.url,
          MEDIA_DIR: targetMedia,
          BACKUP_DIR: path.join(dir, 'before-restore'),
        },
      },
    )
    return { ok: true, output: stdout }
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    return { ok: false, output: stdout + stderr }
  }
}

/** Every table's rows, in a comparable form. */
async function tableContents(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
    )
    const contents: Record<string, string[]> = {}
    for (const { name } of rows) {
      if (name === 'rate_limits') continue // counters of the visitors of this test run
      const result = await client.query(`SELECT * FROM "${name}"`)
      contents[name] = result.rows.map((row) => JSON.stringify(row)).sort()
    }
    return contents
  } finally {
    await client.end()
  }
}

/** Re-packs an archive after `change` edited its unpacked files. */
async function tampered(change: (unpacked: string) => Promise<void>): Promise<string> {
  const unpacked = await fs.mkdtemp(path.join(dir, 'tamper-'))
  await extract({ file: archive, cwd: unpacked })
  await change(unpacked)
  const file = path.join(dir, `${path.basename(unpacked)}.tar.gz`)
  await createTar({ gzip: true, file, cwd: unpacked }, ['manifest.json', 'db', 'media'])
  return file
}

describe('backup and restore', () => {
  it('round trip: content in both languages, a draft, an image and an enquiry come back identical, and users can sign in', async () => {
    const tag = uniqueTag()
    const faq = await staff.payload.create({
      collection: 'faqs',
      locale: 'it',
      data: {
        question: `Backup ${tag}?`,
        answer: paragraphsToLexical(['Risposta.']),
        section: 'the-role',
        _status: 'published',
      },
      context: { disableRevalidate: true },
    })
    await staff.payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'en',
      data: { question: `Backup EN ${tag}?`, answer: paragraphsToLexical(['Answer.']), _status: 'published' },
      context: { disableRevalidate: true },
    })
    await staff.payload.create({
      collection: 'faqs',
      locale: 'it',
      draft: true,
      data: {
        question: `Bozza ${tag}?`,
        answer: paragraphsToLexical(['Bozza.']),
        section: 'the-role',
        _status: 'draft',
      },
      context: { disableRevalidate: true },
    })
    const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `backup-${tag}.png`)
    form.append('_payload', JSON.stringify({ alt: 'Immagine di prova' }))
    expect((await rest('POST', '/api/media?locale=it', { token: staff.editor, body: form })).status).toBe(201)
    await staff.payload.create({
      collection: 'enquiries',
      data: {
        name: 'Produzione',
        email: `backup-${tag}@example.org`,
        message: 'Ciao',
        consent: true,
        locale: 'it',
        status: 'new',
      },
      overrideAccess: true,
    })

    const lines: string[] = []
    archive = await takeBackup({
      databaseUrl: sourceUrl,
      mediaDir: sourceMedia,
      backupDir: path.join(dir, 'backups'),
      app,
      log: (l) => lines.push(l),
    })
    expect(path.basename(archive)).toMatch(/^scena-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.tar\.gz$/)
    expect(lines.join('\n')).toMatch(/table faqs: \d+ rows/)

    const restored = await restore(archive)
    expect(restored.ok, restored.output).toBe(true)
    expect(restored.output).toMatch(/Restore complete/)

    expect(await tableContents(target.url)).toEqual(await tableContents(sourceUrl))
    const sourceFiles = await filesUnder(sourceMedia)
    expect(await filesUnder(targetMedia)).toEqual(sourceFiles)
    for (const file of sourceFiles) {
      expect(
        Buffer.compare(
          await fs.readFile(path.join(targetMedia, file)),
          await fs.readFile(path.join(sourceMedia, file)),
        ),
      ).toBe(0)
    }
    // The test users' password works against the restored accounts.
    const client = new pg.Client({ connectionString: target.url })
    await client.connect()
    const { rows } = await client.query(`SELECT salt, hash FROM users WHERE email = 'editor@test.scena.local'`)
    await client.end()
    expect(await passwordMatches('correct-horse-battery-staple', rows[0].salt, rows[0].hash)).toBe(true)
  })

  it('refuses a target that is not empty, and with --replace backs it up first', async () => {
    const refused = await restore(archive)
    expect(refused.ok).toBe(false)
    expect(refused.output).toMatch(/not empty.*--replace/)
    const replaced = await restore(archive, '--replace')
    expect(replaced.ok, replaced.output).toBe(true)
    expect(await fs.readdir(path.join(dir, 'before-restore'))).toHaveLength(1)
  })

  it.each([
    [
      'truncated',
      async () => {
        const file = path.join(dir, 'truncated.tar.gz')
        const bytes = await fs.readFile(archive)
        await fs.writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
        return file
      },
      /damaged or incomplete/,
    ],
    [
      'corrupted',
      () => tampered(async (u) => fs.appendFile(path.join(u, 'db', 'faqs.copy'), 'tampered\n')),
      /damaged: db\/faqs\.copy/,
    ],
    [
      'from a newer schema',
      () =>
        tampered(async (u) => {
          const manifest = JSON.parse(await fs.readFile(path.join(u, 'manifest.json'), 'utf8')) as Manifest
          manifest.migrations.push('29991231_000000_future')
          await fs.writeFile(path.join(u, 'manifest.json'), JSON.stringify(manifest))
        }),
      /newer version/,
    ],
  ] as const)('refuses an archive %s and changes nothing', async (_kind, make, message) => {
    const before = await tableContents(target.url)
    const result = await restore(await make(), '--replace')
    expect(result.ok).toBe(false)
    expect(result.output).toMatch(message)
    expect(await tableContents(target.url)).toEqual(before)
  })

  it('is consistent while a writer keeps saving: every row committed before the snapshot, none half-written', async () => {
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        await staff.payload.create({
          collection: 'faqs',
          locale: 'it',
          data: {
            question: `Scrittura ${uniqueTag()}?`,
            answer: paragraphsToLexical(['x']),
            section: 'the-role',
            _status: 'published',
          },
          context: { disableRevalidate: true },
        })
        written++
      }
    })()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const during = await takeBackup({
      databaseUrl: sourceUrl,
      mediaDir: sourceMedia,
      backupDir: path.join(dir, 'backups'),
      app,
    })
    writing = false
    await writer
    expect(written).toBeGreaterThan(0)
    const result = await restore(during, '--replace')
    expect(result.ok, result.output).toBe(true)
    const client = new pg.Client({ connectionString: target.url })
    await client.connect()
    const orphans = await client.query(
      `SELECT count(*)::int AS n FROM faqs f WHERE NOT EXISTS (SELECT 1 FROM faqs_locales l WHERE l._parent_id = f.id)
         OR NOT EXISTS (SELECT 1 FROM _faqs_v v WHERE v.parent_id = f.id)`,
    )
    await client.end()
    expect(orphans.rows[0].n).toBe(0)
  })
})
