import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { awsEndpoint, awsRegion, type Config, env } from '../env'

/**
 * Where uploaded images live: the folder MEDIA_DIR (default), or, with S3_BUCKET set, a bucket on
 * any S3-compatible storage, written and read through Payload's own adapter (@payloadcms/storage-s3)
 * so that every instance on every machine serves every image without a shared folder.
 *
 * Variables (the AWS SDK's own are the fallbacks, as for the off-site backup copy in
 * src/backup/offsite.ts, so one set of credentials can serve both):
 * - S3_BUCKET: the bucket; unset, nothing here runs and the media stay in MEDIA_DIR;
 * - S3_PREFIX: a folder inside the bucket (default: none, the whole bucket is the media's);
 * - S3_ENDPOINT (else AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL): a store other than AWS;
 * - S3_REGION (else AWS_REGION, AWS_DEFAULT_REGION, us-east-1);
 * - S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY (else the SDK's default chain: AWS_ACCESS_KEY_ID …,
 *   an instance role);
 * - S3_FORCE_PATH_STYLE: `true` (bucket in the path, what MinIO, Garage and most self-hosted stores
 *   expect) or `false`; default `true` with an endpoint, `false` on AWS.
 */
export interface MediaBucket {
  bucket: string
  /** '' or a folder without leading or trailing slash. */
  prefix: string
  config: S3ClientConfig
}

/** A setting that cannot work (S3_BUCKET, S3_ENDPOINT…): said in one line, no stack. */
export class MediaStorageConfigError extends Error {}

// S3's rules for bucket names, which every S3-compatible store accepts (as in src/backup/offsite.ts).
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/

/** The media bucket the environment names, or null when S3_BUCKET is unset (media in MEDIA_DIR). */
export function mediaBucket(config: Config = env): MediaBucket | null {
  const bucket = config.S3_BUCKET
  if (!bucket) return null
  if (!BUCKET.test(bucket))
    throw new MediaStorageConfigError(
      `S3_BUCKET: "${bucket.slice(0, 80)}" is not a bucket name (3–63 lowercase letters, digits, dots and hyphens).`,
    )
  const parts = (config.S3_PREFIX ?? '').split('/').filter(Boolean)
  if (parts.some((part) => part === '.' || part === '..'))
    throw new MediaStorageConfigError(`S3_PREFIX: "${config.S3_PREFIX}" may not contain . or .. segments.`)
  const endpoint = config.S3_ENDPOINT ?? awsEndpoint(config)
  const accessKeyId = config.S3_ACCESS_KEY_ID
  const secretAccessKey = config.S3_SECRET_ACCESS_KEY
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey))
    throw new MediaStorageConfigError('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither.')
  return {
    bucket,
    prefix: parts.join('/'),
    config: {
      region: config.S3_REGION ?? awsRegion(config),
      ...(endpoint ? { endpoint } : {}),
      forcePathStyle: config.S3_FORCE_PATH_STYLE ?? Boolean(endpoint),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      // As for the off-site copy: the SDK's newer default checksums (CRC32 in aws-chunked bodies)
      // are refused by several S3-compatible stores.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A store that does not answer fails an upload in seconds (503, see src/api/classifyError.ts)
      // instead of holding the editor's request until the OS gives up. Kept-alive sockets, as the
      // adapter's own default.
      requestHandler: {
        connectionTimeout: 5_000,
        requestTimeout: 60_000,
        httpAgent: { keepAlive: true, maxSockets: 100 },
        httpsAgent: { keepAlive: true, maxSockets: 100 },
      },
      // Two attempts: a refused connection is answered quickly rather than retried for long.
      maxAttempts: 2,
    },
  }
}

/**
 * The adapter for the `media` collection. Always in the config: without S3_BUCKET it is switched
 * off but still adds its two columns (`prefix`, `_objectKey`), so that the schema, and therefore
 * the committed migrations, are the same with and without a bucket.
 *
 * Files are served through Payload's `/api/media/file/<name>` route (the adapter reads them from
 * the bucket), as they are from the folder: Payload's access control stays in the path, and the
 * site's images keep the same addresses, which Next's image optimizer reads and the edge caches.
 */
export function mediaStoragePlugin(config: Config = env): Plugin {
  const settings = mediaBucket(config)
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? 'unused',
    config: settings?.config ?? {},
    collections: { media: settings?.prefix ? { prefix: settings.prefix } : true },
  })
}
