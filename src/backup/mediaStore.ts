import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'

import { type MediaBucket, mediaBucket } from '../media/storage'
import { filesUnder } from './archive'
import { offsiteTarget } from './offsite'
import { type Config, env } from '../env'

/**
 * Where the media a backup holds come from and a restore puts back: the folder MEDIA_DIR, or the
 * bucket of S3_BUCKET (under S3_PREFIX) when the site keeps its media there (src/media/storage.ts).
 * Names are relative to the folder or the prefix, so an archive is the same either way: a backup of
 * a folder can be restored into a bucket (how to move the media there) and the other way round.
 */
export interface MediaStore {
  /** For messages: the folder, or s3://bucket/prefix. */
  readonly location: string
  /** Every file, relative, sorted. */
  list(): Promise<string[]>
  /** Writes `name` to the file `target`; returns its content type when the store keeps one. */
  download(name: string, target: string): Promise<string | undefined>
  /** Removes every file. */
  clear(): Promise<void>
  /** Stores the file `source` as `name`. */
  upload(name: string, source: string, contentType?: string): Promise<void>
  close(): void
}

/** The media folder. */
export function folderStore(dir: string): MediaStore {
  return {
    location: dir,
    list: () => filesUnder(dir),
    async download(name, target) {
      await fs.copyFile(path.join(dir, name), target)
      return undefined
    },
    async clear() {
      await fs.rm(dir, { recursive: true, force: true })
      await fs.mkdir(dir, { recursive: true })
    },
    async upload(name, source) {
      const target = path.join(dir, name)
      await fs.mkdir(path.dirname(target), { recursive: true })
      await fs.copyFile(source, target)
    },
    close: () => undefined,
  }
}

/** Content types of what the media collection stores (WebP), and of the formats it accepts. */
const contentTypes: Record<string, string> = {
  '.webp': 'image/webp',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
}
export const contentTypeOf = (name: string) =>
  contentTypes[path.extname(name).toLowerCase()] ?? 'application/octet-stream'

/** Runs `work` on every item, a few at a time. */
async function inBatches<T>(items: T[], work: (item: T) => Promise<void>, size = 8): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(work))
}

/** The media bucket: every object under the prefix is a media file. */
export function bucketStore(settings: MediaBucket, client = new S3Client({ ...settings.config, maxAttempts: 4 })) {
  const { bucket } = settings
  const folder = settings.prefix ? `${settings.prefix}/` : ''
  const location = `s3://${bucket}/${folder}`
  const failed = (what: string, error: unknown) =>
    new Error(`Media bucket ${location}: ${what} failed (${(error as Error).message || (error as Error).name}).`, {
      cause: error,
    })

  async function keys(): Promise<string[]> {
    const found: string[] = []
    let token: string | undefined
    try {
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: folder || undefined, ContinuationToken: token }),
        )
        for (const object of page.Contents ?? []) if (object.Key && !object.Key.endsWith('/')) found.push(object.Key)
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
    } catch (error) {
      throw failed('listing the objects', error)
    }
    return found
  }

  const store: MediaStore = {
    location,
    list: async () => (await keys()).map((key) => key.slice(folder.length)).sort(),
    async download(name, target) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: folder + name }))
        await fs.mkdir(path.dirname(target), { recursive: true })
        await pipeline(object.Body as Readable, createWriteStream(target))
        return object.ContentType
      } catch (error) {
        throw failed(`reading ${name}`, error)
      }
    },
    async clear() {
      await inBatches(await keys(), async (key) => {
        try {
          await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
        } catch (error) {
          throw failed(`deleting ${key}`, error)
        }
      })
    },
    async upload(name, source, contentType = contentTypeOf(name)) {
      // Media files are at most MAX_UPLOAD_MB: read whole, so the store can check Content-MD5.
      const body = await fs.readFile(source)
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: folder + name,
            Body: body,
            ContentLength: body.length,
            ContentMD5: createHash('md5').update(body).digest('base64'),
            ContentType: contentType,
          }),
        )
      } catch (error) {
        throw failed(`writing ${name}`, error)
      }
    },
    close: () => client.destroy(),
  }
  return store
}

/**
 * The store the environment names: the bucket with S3_BUCKET, else the folder `mediaDir`. Refuses a
 * bucket whose media folder holds the off-site backups (BACKUP_S3_URL) or lies inside theirs: a
 * restore replaces everything in the media folder, and a backup would archive the archives.
 */
export function mediaStore(mediaDir: string, config: Config = env): MediaStore {
  const settings = mediaBucket(config)
  if (!settings) return folderStore(mediaDir)
  const offsite = offsiteTarget(config.BACKUP_S3_URL)
  if (offsite && offsite.bucket === settings.bucket) {
    const media = settings.prefix ? `${settings.prefix}/` : ''
    if (offsite.prefix.startsWith(media) || media.startsWith(offsite.prefix))
      throw new Error(
        `BACKUP_S3_URL (s3://${offsite.bucket}/${offsite.prefix}) and the media (s3://${settings.bucket}/${media}) ` +
          'overlap: give the media their own S3_PREFIX (or bucket), apart from the backups.',
      )
  }
  return bucketStore(settings)
}
