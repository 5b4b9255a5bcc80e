import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'
import type { Payload } from 'payload'

import { startEmbeddedPostgres } from '../src/db/embedded'

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

export interface Figures {
  rps: number
  p50: number
  p99: number
  errors: number
}

/** One autocannon run of `seconds` against `url`: throughput, latency percentiles, failures. */
export async function load(
  url: string,
  connections: number,
  seconds: number,
  headers?: Record<string, string>,
): Promise<Figures> {
  const result = await autocannon({ url, connections, duration: seconds, headers })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  }
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * Runs `bench` with Payload on a throwaway, migrated PostgreSQL (never the development data),
 * removed afterwards. The environment points at it, so a `next start` spawned inside uses it too.
 */
export async function withBenchPayload(bench: (payload: Payload) => Promise<void>): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scena-bench-'))
  await fs.chmod(dir, 0o755)
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), database: 'bench' })
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: 'bench-only-secret',
    PAYLOAD_LOG_LEVEL: 'error',
    MEDIA_DIR: path.join(dir, 'media'),
  })
  try {
    const { loadPayloadConfig } = await import('../src/runtime/loadConfig')
    await loadPayloadConfig()
    const { payloadClient } = await import('../src/data/client')
    const { runMigrations } = await import('../src/db/migrate')
    const { closePayload } = await import('../src/db/pool')
    const payload = await payloadClient()
    await runMigrations(payload)
    try {
      await bench(payload)
    } finally {
      await closePayload(payload)
    }
  } finally {
    await db.stop()
    await fs.rm(dir, { recursive: true, force: true })
  }
}

/** Exit code 0 when the bench ran, 1 (with the error) when it could not. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
