import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3'
import sharp from 'sharp'
import { extract } from 'tar'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { filesUnder, type Manifest } from '../../src/backup/archive'
import { takeBackup } from '../../src/backup/backup'
import { mediaStore } from '../../src/backup/mediaStore'
import { ConfigError, configFrom } from '../../src/env'
import { startEmbeddedPostgres } from '../../src/db/embedded'
import { mediaBucket, MediaStorageConfigError } from '../../src/media/storage'
import { freePort } from './support/freePort'
import { testEnv } from './support/env'
import { startS3 } from './support/s3'
import { startRestServer } from './support/startRestServer'
import { makeTempDir, removeDir } from './support/tempDir'

/**
 * Media in a bucket (S3_BUCKET) against a real S3-compatible server (s3rver): an upload through
 * this instance puts the original and every size in the bucket and nothing in its MEDIA_DIR;
 * another instance, in its own process with its own MEDIA_DIR, serves them all over HTTP;
 * deleting the document removes the objects; a backup holds the bucket's objects and a restore
 * into an emptied bucket brings them back; an unreachable bucket refuses the upload with 503 and
 * stores nothing, while what pages read keeps answering.
 */
const root = path.resolve(import.meta.dirname, '../..')
const BUCKET = 'scena-media'
const variables = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PREFIX', 'MEDIA_DIR']
const saved = Object.fromEntries(variables.map((key) => [key, process.env[key]]))

// The bucket must be known before Payload's config is loaded (it reads the environment then), so
// s3rver starts here and everything that loads the config is imported afterwards.
const dir = await makeTempDir('media-s3')
let s3 = await startS3(dir, BUCKET)
const mediaA = path.join(dir, 'media-a')
const mediaB = path.join(dir, 'media-b')
const bucketEnv = {
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: s3.endpoint,
  S3_ACCESS_KEY_ID: s3.credentials.accessKeyId,
  S3_SECRET_ACCESS_KEY: s3.credentials.secretAccessKey,
}
Object.assign(process.env, bucketEnv, { MEDIA_DIR: mediaA })
const { rest } = await import('./support/rest')
const { withStaff } = await import('./support/staff')

const staff = withStaff()
const client = new S3Client({
  region: 'us-east-1',
  endpoint: s3.endpoint,
  forcePathStyle: true,
  credentials: s3.credentials,
})
let serverB: Awaited<ReturnType<typeof startRestServer>>

beforeAll(async () => {
  serverB = await startRestServer({
    ...testEnv(inject('databaseUrl'), mediaB),
    ...bucketEnv,
  })
})
afterAll(async () => {
  await serverB?.stop()
  client.destroy()
  await s3?.stop().catch(() => undefined)
  for (const key of variables) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
  await removeDir(dir)
})

const keys = async () =>
  ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((object) => object.Key!).sort()
const object = async (key: string) =>
  Buffer.from(
    await (await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray(),
  )

let counter = 0
async function uploadForm(alt = 'Immagine nel bucket') {
  const png = await sharp({ create: { width: 1800, height: 1000, channels: 3, background: '#8a2d3b' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `bucket-${Date.now()}-${counter++}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  return form
}

const emptyBucket = async () => {
  for (const key of await keys()) await client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }))
}

/** The original's file name and every size's, as the document lists them. */
const fileNames = (doc: { filename: string; sizes: Record<string, { filename: string }> }) =>
  [doc.filename, ...['thumbnail', 'card', 'hero'].map((size) => doc.sizes[size]!.filename)].sort()

describe('media in a bucket (S3_BUCKET)', () => {
  let doc: any

  it('an upload puts the original and every size in the bucket, nothing in MEDIA_DIR', async () => {
    const res = await rest('POST', '/api/media?locale=it', { token: staff.editor, body: await uploadForm() })
    expect(res.status, res.text).toBe(201)
    doc = res.json.doc
    const names = fileNames(doc)
    expect(names).toHaveLength(4)
    expect(names.every(Boolean)).toBe(true)
    expect(await keys()).toEqual(expect.arrayContaining(names))
    expect((await object(doc.filename)).subarray(8, 12).toString()).toBe('WEBP')
    expect(await filesUnder(mediaA)).toEqual([])
    expect(await filesUnder(inject('mediaDir'))).not.toEqual(expect.arrayContaining([doc.filename]))
    // The same addresses as with the folder: Payload's file route, access control in the path.
    expect(new URL(doc.url).pathname).toBe(`/api/media/file/${doc.filename}`)
    expect(new URL(doc.sizes.card.url).pathname).toBe(`/api/media/file/${doc.sizes.card.filename}`)
  })

  it('another instance, with its own MEDIA_DIR and no shared folder, serves the image in every size', async () => {
    for (const name of fileNames(doc)) {
      const response = await fetch(`${serverB.url}/api/media/file/${encodeURIComponent(name)}`)
      expect(response.status, name).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/webp')
      expect(Buffer.compare(Buffer.from(await response.arrayBuffer()), await object(name)), name).toBe(0)
    }
    expect((await fetch(`${serverB.url}/api/media/file/nothing-here.webp`)).status).toBe(404)
    expect(await filesUnder(mediaB)).toEqual([])
  })

  it('deleting the document removes its objects, every size', async () => {
    const names = fileNames(doc)
    const res = await rest('DELETE', `/api/media/${doc.id}`, { token: staff.editor })
    expect(res.status, res.text).toBe(200)
    const left = await keys()
    for (const name of names) expect(left).not.toContain(name)
    expect((await fetch(`${serverB.url}/api/media/file/${encodeURIComponent(doc.filename)}`)).status).toBe(404)
  })

  it('a backup holds the bucket’s objects; a restore into an emptied bucket puts them back', async () => {
    const res = await rest('POST', '/api/media?locale=it', { token: staff.editor, body: await uploadForm() })
    expect(res.status, res.text).toBe(201)
    const names = fileNames(res.json.doc)
    const before = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await object(name)])))

    const lines: string[] = []
    const archive = await takeBackup({
      databaseUrl: inject('databaseUrl'),
      mediaDir: mediaA,
      backupDir: path.join(dir, 'backups'),
      app: { name: 'scena', version: 'test' },
      recipients: [],
      log: (line) => lines.push(line),
    })
    expect(lines.join('\n')).toContain(`files from s3://${BUCKET}/`)
    const unpacked = path.join(dir, 'unpacked')
    await fs.mkdir(unpacked)
    await extract({ file: archive, cwd: unpacked })
    const manifest = JSON.parse(await fs.readFile(path.join(unpacked, 'manifest.json'), 'utf8')) as Manifest
    expect(Object.keys(manifest.media)).toEqual(expect.arrayContaining(names))
    for (const name of names) {
      expect(manifest.media[name]!.contentType).toBe('image/webp')
      expect(Buffer.compare(await fs.readFile(path.join(unpacked, 'media', name)), before[name]!), name).toBe(0)
    }

    // A new machine: an empty database, the same (emptied) bucket, a MEDIA_DIR of its own.
    await emptyBucket()
    const target = await startEmbeddedPostgres({
      dataDir: path.join(dir, 'target-pg'),
      port: await freePort(),
      database: 'target',
    })
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/restore.ts', archive],
        { cwd: root, env: { ...process.env, ...bucketEnv, DATABASE_URL: target.url, MEDIA_DIR: mediaB } },
      )
      expect(stdout).toMatch(/Restore complete/)
    } finally {
      await target.stop()
    }
    for (const name of names) {
      expect(Buffer.compare(await object(name), before[name]!), name).toBe(0)
      const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: name }))
      expect(head.ContentType).toBe('image/webp')
      // Served again, by the other instance.
      expect((await fetch(`${serverB.url}/api/media/file/${encodeURIComponent(name)}`)).status, name).toBe(200)
    }
    expect(await filesUnder(mediaB)).toEqual([])
    expect((await rest('DELETE', `/api/media/${res.json.doc.id}`, { token: staff.editor })).status).toBe(200)
  })

  it('an unreachable bucket: the upload is refused with 503 and a stable code, nothing stored; reads still answer', async () => {
    // An image that stays, as a published page would show it.
    const kept = await rest('POST', '/api/media?locale=it', { token: staff.editor, body: await uploadForm('Resta') })
    expect(kept.status, kept.text).toBe(201)
    const count = async () => (await staff.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const before = await count()

    await s3.stop()
    try {
      for (const [language, message] of [
        ['en', /image storage \(S3\) is not answering: the image was not saved/],
        ['it', /archivio delle immagini \(S3\) non risponde: l’immagine non è stata salvata/],
      ] as const) {
        const started = Date.now()
        const res = await rest('POST', `/api/media?locale=it`, {
          token: staff.editor,
          body: await uploadForm(),
          headers: { 'Accept-Language': language },
        })
        expect(res.status, res.text).toBe(503)
        expect(res.headers.get('retry-after')).toBe('10')
        expect(res.json.errors[0].data.code).toBe('errMediaStorageUnavailable')
        expect(res.json.errors[0].message).toMatch(message)
        expect(Date.now() - started).toBeLessThan(15_000)
      }
      expect(await count()).toBe(before)
      // What pages read (the document: address, size, alternative text) does not need the bucket.
      const read = await fetch(`${serverB.url}/api/media/${kept.json.doc.id}?locale=it`)
      expect(read.status).toBe(200)
      expect((await read.json()).url).toBe(kept.json.doc.url)
    } finally {
      s3 = await startS3(dir, BUCKET, s3.port)
    }
    // Back: uploads work again, with no restart.
    const again = await rest('POST', '/api/media?locale=it', { token: staff.editor, body: await uploadForm() })
    expect(again.status, again.text).toBe(201)
    for (const id of [kept.json.doc.id, again.json.doc.id])
      expect((await rest('DELETE', `/api/media/${id}`, { token: staff.editor })).status).toBe(200)
    await emptyBucket()
  })
})

describe('the media bucket’s settings', () => {
  it('S3_BUCKET switches it on; endpoint, region, credentials and path style from S3_* or AWS_*', () => {
    expect(mediaBucket(configFrom({}))).toBeNull()
    expect(
      mediaBucket(
        configFrom({ S3_BUCKET: 'media', S3_PREFIX: '/site/images/', S3_ENDPOINT: 'https://s3.example.org' }),
      ),
    ).toMatchObject({
      bucket: 'media',
      prefix: 'site/images',
      config: { endpoint: 'https://s3.example.org', forcePathStyle: true, region: 'us-east-1' },
    })
    const aws = mediaBucket(configFrom({ S3_BUCKET: 'media', AWS_REGION: 'eu-south-1' }))!
    expect(aws.config).toMatchObject({ region: 'eu-south-1', forcePathStyle: false })
    expect(aws.config.credentials).toBeUndefined() // the SDK's own chain: AWS_ACCESS_KEY_ID, a role…
    expect(
      mediaBucket(
        configFrom({ S3_BUCKET: 'media', AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:9000', S3_FORCE_PATH_STYLE: 'false' }),
      )!.config,
    ).toMatchObject({ endpoint: 'http://127.0.0.1:9000', forcePathStyle: false })
    expect(
      mediaBucket(configFrom({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' }))!.config
        .credentials,
    ).toEqual({ accessKeyId: 'a', secretAccessKey: 'b' })
    for (const bad of [
      { S3_BUCKET: 'My_Bucket' },
      { S3_BUCKET: 'media', S3_PREFIX: 'a/../b' },
      { S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'a' },
    ])
      expect(() => mediaBucket(configFrom(bad)), JSON.stringify(bad)).toThrow(MediaStorageConfigError)
    // A value without its variable's form is refused by the configuration itself (src/env.ts).
    for (const bad of [
      { S3_BUCKET: 'media', S3_ENDPOINT: 's3.example.org' },
      { S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'sometimes' },
    ])
      expect(() => mediaBucket(configFrom(bad)), JSON.stringify(bad)).toThrow(ConfigError)
  })

  it('backups refuse a media folder that overlaps the off-site copies (BACKUP_S3_URL)', () => {
    const env = { S3_BUCKET: 'shared', S3_ENDPOINT: 'http://127.0.0.1:1' }
    for (const [prefix, offsite] of [
      ['', 's3://shared/backups'],
      ['media', 's3://shared'],
      ['media', 's3://shared/media/backups'],
    ])
      expect(() => mediaStore('/unused', configFrom({ ...env, S3_PREFIX: prefix, BACKUP_S3_URL: offsite }))).toThrow(
        /overlap/,
      )
    for (const [prefix, offsite] of [
      ['media', 's3://shared/backups'],
      ['', 's3://other/backups'],
    ])
      mediaStore('/unused', configFrom({ ...env, S3_PREFIX: prefix, BACKUP_S3_URL: offsite })).close()
  })
})
