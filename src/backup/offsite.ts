import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import {
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'

import { archivePattern } from './archive'
import { awsEndpoint, awsRegion, type Config, env } from '../env'

/**
 * The off-site copy: with BACKUP_S3_URL (s3://bucket/prefix), every archive is uploaded to any
 * S3-compatible storage after it is written, checked there, and the copies under the prefix are
 * rotated by BACKUP_KEEP like the local ones. Without it, nothing here runs.
 */
export interface OffsiteTarget {
  bucket: string
  /** '' or ending in '/', so that a key is `prefix + archive name`. */
  prefix: string
}

/** A setting that cannot work (BACKUP_S3_URL, AWS_ENDPOINT_URL…): said in one line, no stack. */
export class OffsiteConfigError extends Error {}

/** A copy that failed after the upload itself succeeded: the archive is there, rotation was not done. */
export class OffsiteRotationError extends Error {
  constructor(
    message: string,
    readonly location: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

// S3's rules for bucket names (3–63 lowercase letters, digits, dots, hyphens), which every
// S3-compatible store accepts; anything else is more likely a typo than a bucket.
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/** The bucket and prefix of `value` (BACKUP_S3_URL), or null when it is unset. */
export function offsiteTarget(value = env.BACKUP_S3_URL): OffsiteTarget | null {
  const url = (value ?? '').trim()
  if (!url) return null
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(url)
  const bucket = match?.[1] ?? ''
  const parts = (match?.[2] ?? '').split('/').filter(Boolean)
  if (!match || !BUCKET.test(bucket) || parts.some((part) => part === '.' || part === '..'))
    throw new OffsiteConfigError(
      `BACKUP_S3_URL: "${url.slice(0, 80)}" is not a bucket address; write it as s3://BUCKET or s3://BUCKET/PREFIX ` +
        '(the endpoint of a storage other than AWS goes in AWS_ENDPOINT_URL_S3).',
    )
  return { bucket, prefix: parts.length ? `${parts.join('/')}/` : '' }
}

export const locationOf = (target: OffsiteTarget, key: string) => `s3://${target.bucket}/${key}`

/**
 * A client from the usual AWS variables: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or any other
 * source of the SDK's default chain, such as an instance role), AWS_REGION, and for storage other
 * than AWS an endpoint, AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL, reached with path-style addresses
 * (bucket in the path: what MinIO, Garage and most self-hosted stores expect).
 */
export function offsiteClient(config: Config = env): S3Client {
  const endpoint = awsEndpoint(config)
  return new S3Client({
    region: awsRegion(config),
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
    // The SDK's newer default checksums (CRC32 in aws-chunked bodies) are refused by several
    // S3-compatible stores; Content-MD5, which AWS and the usual compatible stores verify, is sent.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A storage that does not answer fails the copy in seconds, not after the OS gives up.
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 300_000 },
    // Quiet: its one warning ("non-retryable streaming request") is about the upload, which
    // uploadArchive retries itself; what fails is thrown, logged and recorded by the caller.
    logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
  })
}

/** SHA-256 (hex, kept in the object's metadata) and MD5 (base64, the Content-MD5 header) in one read. */
function digests(file: string): Promise<{ sha256: string; md5: string }> {
  return new Promise((resolve, reject) => {
    const sha256 = createHash('sha256')
    const md5 = createHash('md5')
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => {
        sha256.update(chunk)
        md5.update(chunk)
      })
      .on('end', () => resolve({ sha256: sha256.digest('hex'), md5: md5.digest('base64') }))
  })
}

const PUT_ATTEMPTS = 3

export interface Uploaded {
  key: string
  /** s3://bucket/key */
  location: string
  bytes: number
  sha256: string
}

/**
 * Uploads one archive under the prefix. The storage checks the bytes against Content-MD5 and
 * refuses a damaged body; the object then is read back (HEAD) and must have the archive's size
 * and SHA-256, or the copy counts as failed.
 */
export async function uploadArchive(client: S3Client, target: OffsiteTarget, file: string): Promise<Uploaded> {
  const key = target.prefix + path.basename(file)
  const bytes = (await fs.stat(file)).size
  const { sha256, md5 } = await digests(file)
  // One PUT (up to 5 GB, far above an archive): Content-MD5 covers the whole body. The SDK cannot
  // resend a file stream, so a network error or a 5xx/429 is retried here with a fresh one.
  for (let attempt = 1; ; attempt++) {
    try {
      await client.send(
        new PutObjectCommand({
          Bucket: target.bucket,
          Key: key,
          Body: createReadStream(file),
          ContentLength: bytes,
          ContentMD5: md5,
          ContentType: file.endsWith('.age') ? 'application/octet-stream' : 'application/gzip',
          Metadata: { sha256 },
        }),
      )
      break
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
      const transient = status === undefined || status >= 500 || status === 429
      if (!transient || attempt >= PUT_ATTEMPTS) throw error
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt))
    }
  }
  const head = await client.send(new HeadObjectCommand({ Bucket: target.bucket, Key: key }))
  if (head.ContentLength !== bytes || head.Metadata?.sha256 !== sha256)
    throw new Error(
      `the copy at ${locationOf(target, key)} does not match the archive ` +
        `(${head.ContentLength ?? '?'} bytes for ${bytes}, SHA-256 ${head.Metadata?.sha256 ?? 'missing'})`,
    )
  return { key, location: locationOf(target, key), bytes, sha256 }
}

/** Every key directly under the prefix (pages of 1,000). */
async function keysUnder(client: S3Client, target: OffsiteTarget): Promise<string[]> {
  const keys: string[] = []
  let token: string | undefined
  do {
    const page = await client.send(
      new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix, ContinuationToken: token }),
    )
    for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key)
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return keys
}

/**
 * Deletes the oldest archives under the prefix beyond `keep` (names sort by time); returns their
 * keys. Only archive names directly under the prefix count: anything else there (other files,
 * "sub-folders", half-written `.partial` names) is never touched.
 */
export async function rotateOffsite(client: S3Client, target: OffsiteTarget, keep: number): Promise<string[]> {
  const archives = (await keysUnder(client, target))
    .filter((key) => archivePattern.test(key.slice(target.prefix.length)))
    .sort()
  const old = archives.slice(0, Math.max(0, archives.length - Math.max(1, keep)))
  // One DELETE each (not DeleteObjects): a handful of keys, and some stores lack the batch call.
  for (const key of old) await client.send(new DeleteObjectCommand({ Bucket: target.bucket, Key: key }))
  return old
}

export interface OffsiteCopy extends Uploaded {
  removed: string[]
}

/**
 * The off-site copy of `file` when BACKUP_S3_URL is set (null otherwise): upload, check, rotate.
 * Errors say what failed in one line; when only the rotation failed, an OffsiteRotationError
 * carries where the (good) copy is. `client`: one to use instead of the environment's (tests).
 */
export async function copyOffsite(
  file: string,
  options: { keep: number; log?: (line: string) => void; client?: S3Client },
): Promise<OffsiteCopy | null> {
  const { keep, log = () => undefined } = options
  const target = offsiteTarget()
  if (!target) return null
  const client = options.client ?? offsiteClient()
  try {
    const started = Date.now()
    let uploaded: Uploaded
    try {
      uploaded = await uploadArchive(client, target, file)
    } catch (error) {
      throw new Error(`Off-site copy to s3://${target.bucket}/${target.prefix} failed: ${reason(error)}`, {
        cause: error,
      })
    }
    log(
      `Off-site copy: ${uploaded.location} (${(uploaded.bytes / 1024 / 1024).toFixed(2)} MB, ` +
        `SHA-256 checked, ${((Date.now() - started) / 1000).toFixed(1)} s).`,
    )
    let removed: string[]
    try {
      removed = await rotateOffsite(client, target, keep)
    } catch (error) {
      throw new OffsiteRotationError(
        `Off-site copy ${uploaded.location} written, but older copies could not be removed: ${reason(error)}`,
        uploaded.location,
        { cause: error },
      )
    }
    if (removed.length) log(`Off-site: ${removed.length} older ${removed.length === 1 ? 'copy' : 'copies'} removed.`)
    return { ...uploaded, removed }
  } finally {
    if (!options.client) client.destroy()
  }
}

/** The SDK's errors in one line: the storage's own message, or its code when it sent none (HEAD). */
function reason(error: unknown): string {
  const { name, message, code } = error as { name?: string; message?: string; code?: string }
  const text = message && message !== 'UnknownError' ? message : (name ?? String(error))
  return [code && !text.includes(code) ? `${code}:` : '', text].filter(Boolean).join(' ')
}
