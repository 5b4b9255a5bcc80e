/**
 * `npm run bench:backup`: backup and restore time and archive size for the seed content, then for
 * 1,000 FAQs (both languages) with 50 images, on a throwaway PostgreSQL. The restore runs as
 * `npm run restore` does, into a second throwaway server. Prints figures; asserts nothing.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { takeBackup } from '../src/backup/backup'
import { paragraphsToLexical } from '../src/fields/richText'
import { startEmbeddedPostgres } from '../src/db/embedded'
import { freePort, runBench, withBenchPayload } from './support'

const root = path.resolve(import.meta.dirname, '..')

async function measure(payload: Payload, label: string): Promise<void> {
  const mediaDir = process.env.MEDIA_DIR!
  const work = await fs.mkdtemp(path.join(path.dirname(mediaDir), 'measure-'))
  await fs.chmod(work, 0o755)
  const started = performance.now()
  const archive = await takeBackup({
    databaseUrl: process.env.DATABASE_URL!,
    mediaDir,
    backupDir: work,
    app: { name: 'scena', version: 'bench' },
  })
  const backupMs = performance.now() - started
  const size = (await fs.stat(archive)).size

  const target = await startEmbeddedPostgres({
    dataDir: path.join(work, 'pg'),
    port: await freePort(),
    database: 'restore',
  })
  try {
    const restoreStarted = performance.now()
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', archive], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: target.url,
        MEDIA_DIR: path.join(work, 'media'),
        PAYLOAD_LOG_LEVEL: 'error',
      },
    })
    const restoreMs = performance.now() - restoreStarted
    const faqs = await payload.count({ collection: 'faqs', overrideAccess: true })
    const media = await payload.count({ collection: 'media', overrideAccess: true })
    console.log(
      `${label.padEnd(34)} ${String(faqs.totalDocs).padStart(5)} FAQs ${String(media.totalDocs).padStart(3)} images | ` +
        `backup ${(backupMs / 1000).toFixed(2)} s, archive ${(size / 1024 / 1024).toFixed(2)} MB | restore ${(restoreMs / 1000).toFixed(2)} s`,
    )
  } finally {
    await target.stop()
    await fs.rm(work, { recursive: true, force: true })
  }
}

runBench(() =>
  withBenchPayload(async (payload) => {
    const { seed } = await import('../src/seed')
    await seed(payload, () => undefined)
    console.log('\nBackup and restore (restore = `npm run restore` into an empty server, including its start-up)')
    await measure(payload, 'seed content')

    for (let n = 1; n <= 1000; n++) {
      const doc = await payload.create({
        collection: 'faqs',
        locale: 'it',
        data: {
          question: `Domanda ${n}?`,
          answer: paragraphsToLexical([`Risposta ${n}.`]),
          section: 'the-role',
          order: 100 + n,
          _status: 'published',
        },
        context: { disableRevalidate: true },
      })
      await payload.update({
        collection: 'faqs',
        id: doc.id,
        locale: 'en',
        data: {
          question: `Question ${n}?`,
          answer: paragraphsToLexical([`Answer ${n}.`]),
          _status: 'published',
        },
        context: { disableRevalidate: true },
      })
    }
    for (let i = 0; i < 50; i++) {
      const image = await sharp({
        create: {
          width: 1600,
          height: 1000,
          channels: 3,
          background: '#808080',
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      })
        .jpeg({ quality: 80 })
        .toBuffer()
      await payload.create({
        collection: 'media',
        data: { alt: `Immagine ${i}` },
        file: { data: image, mimetype: 'image/jpeg', name: `bench-${i}.jpg`, size: image.length },
        locale: 'it',
      })
    }
    await measure(payload, '+1,000 FAQs (it + en), 50 images')
  }),
)
