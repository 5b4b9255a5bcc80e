import path from 'node:path'

import S3rver from 's3rver'

import { freePort } from './freePort'

/**
 * A real S3-compatible server (s3rver: the S3 REST API over a folder) on a free loopback port,
 * with one bucket and the credentials S3RVER / S3RVER. Its limits, as a stand-in for a real store:
 * it refuses an unknown access key id but does not check SigV4 signatures (so a wrong secret key
 * passes), and it does not verify Content-MD5 (AWS and the usual S3-compatible stores do).
 * `port`: that one (to start it again where clients expect it), else a free one.
 */
export async function startS3(dir: string, bucket: string, port?: number) {
  port ??= await freePort()
  const server = new S3rver({
    address: '127.0.0.1',
    port,
    silent: true,
    directory: path.join(dir, 's3'),
    configureBuckets: [{ name: bucket }],
  })
  await server.run()
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    stop: () => server.close(),
  }
}
