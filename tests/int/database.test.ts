import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

import config from '@payload-config'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getPayload } from 'payload'
import pg from 'pg'
import { afterAll, describe, expect, inject, it } from 'vitest'

import { startEmbeddedPostgres } from '../../src/db/embedded'
import { checkDatabaseUrl, describeDatabaseUrl } from '../../src/db/external'
import { provideDatabase } from '../../src/db/provide'
import { ConfigError, configFrom, type DatabaseUrl } from '../../src/env'
import { freePort } from './support/freePort'
import { closePayload, testPayload } from './support/payload'
import { makeTempDir, removeDir } from './support/tempDir'

const run = promisify(execFile)
const projectRoot = path.resolve(import.meta.dirname, '../..')
const tempDirs: string[] = []
afterAll(async () => {
  await Promise.all(tempDirs.map(removeDir))
})

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

describe('embedded PostgreSQL', () => {
  it('starts from nothing, then restarts on the same data', async () => {
    const dir = await makeTempDir('embedded')
    tempDirs.push(dir)
    const options = { dataDir: path.join(dir, 'pg'), port: await freePort(), database: 'scena' }

    const first = await startEmbeddedPostgres(options)
    expect(existsSync(path.join(options.dataDir, 'PG_VERSION'))).toBe(true)
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')")
    await first.stop()

    const second = await startEmbeddedPostgres(options)
    try {
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }])
      const [row] = await query(second.url, 'SHOW server_version')
      expect(Number.parseInt(row.server_version, 10)).toBeGreaterThanOrEqual(16)
    } finally {
      await second.stop()
    }
  })

  it('explains a port that is already taken', async () => {
    const dir = await makeTempDir('busy')
    tempDirs.push(dir)
    const port = await freePort()
    const running = await startEmbeddedPostgres({ dataDir: path.join(dir, 'a'), port, database: 'a' })
    try {
      await expect(startEmbeddedPostgres({ dataDir: path.join(dir, 'b'), port, database: 'b' })).rejects.toThrow(
        new RegExp(`could not start on 127\\.0\\.0\\.1:${port}.*EMBEDDED_PG_PORT`, 's'),
      )
    } finally {
      await running.stop()
    }
  })
})

/** The address as the configuration reads it: checked, or a ConfigError. */
const checked = (value: string): DatabaseUrl => configFrom({ DATABASE_URL: value }).DATABASE_URL!

describe('DATABASE_URL', () => {
  it('uses the server it names and starts nothing embedded', async () => {
    const root = await makeTempDir('external')
    tempDirs.push(root)
    const previous = process.env.DATABASE_URL
    try {
      process.env.DATABASE_URL = inject('databaseUrl')
      const db = await provideDatabase(root)
      expect(db.embedded).toBe(false)
      expect(db.url).toBe(inject('databaseUrl'))
      expect(existsSync(path.join(root, '.data'))).toBe(false)
    } finally {
      process.env.DATABASE_URL = previous
    }
  })

  it('reports an unreachable server in one line naming host and port', async () => {
    const port = await freePort()
    const url = checked(`postgres://scena:s3cret@127.0.0.1:${port}/scena`)
    const error = await checkDatabaseUrl(url, 2000).then(
      () => null,
      (e: Error) => e,
    )
    expect(error?.message).toMatch(new RegExp(`Cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}`))
    expect(error?.message).toMatch(/DATABASE_URL/)
    expect(error?.message).not.toContain('s3cret')
  })

  it('has its form checked once, by the configuration, which shows a bad value without its password', () => {
    for (const bad of ['not a url', 'mysql://u:p@localhost/db', 'postgres//scena:s3cret@db/scena']) {
      const error = (() => {
        try {
          return checked(bad)
        } catch (thrown) {
          return thrown as Error
        }
      })()
      expect(error, bad).toBeInstanceOf(ConfigError)
      expect((error as Error).message).toMatch(/^DATABASE_URL: .* is not a postgres:\/\/USER:PASSWORD@HOST/)
      expect((error as Error).message).not.toContain('s3cret')
    }
    // What connects takes the checked value only, never a string it would have to check again.
    // @ts-expect-error a string whose form nobody checked
    const unchecked = () => describeDatabaseUrl('postgres://u:p@db.example/scena')
    expect(unchecked).toBeTypeOf('function')
  })

  it('names where a checked address points: a host and port, or a Unix socket', async () => {
    expect(describeDatabaseUrl(checked('postgres://u:p@db.example:6543/scena'))).toEqual({
      host: 'db.example',
      port: '6543',
      database: 'scena',
    })
    expect(describeDatabaseUrl(checked('postgres:///scena?host=/var/run/postgresql'))).toEqual({
      host: '/var/run/postgresql',
      port: '5432',
      database: 'scena',
    })
    const socket = checked('postgres:///scena?host=/tmp/scena-no-such-folder&port=6432&password=s3cret')
    const error = await checkDatabaseUrl(socket, 2000).then(
      () => null,
      (e: Error) => e,
    )
    expect(error?.message).toMatch(
      /^Cannot reach PostgreSQL at the socket \/tmp\/scena-no-such-folder\/\.s\.PGSQL\.6432 /,
    )
    expect(error?.message).not.toContain('s3cret')
  })

  it('`npm run dev` with a DATABASE_URL of the wrong form stops before anything starts, naming it', async () => {
    const result = await run(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/start.ts', 'dev'], {
      cwd: projectRoot,
      env: { ...process.env, SCENA_DEBUG: '', DATABASE_URL: 'mysql://scena:s3cret@db.example/scena' },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    )
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^\[scena\] A setting in the environment cannot be used:\n {2}DATABASE_URL: "mysql:\/\/scena:\*\*\*@db/,
    )
    expect(result.stderr).not.toContain('s3cret')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  it('`npm run dev` with an unreachable DATABASE_URL exits non-zero with one clear line, no stack trace', async () => {
    const port = await freePort()
    const result = await run(path.join(projectRoot, 'node_modules/.bin/tsx'), ['scripts/start.ts', 'dev'], {
      cwd: projectRoot,
      env: { ...process.env, SCENA_DEBUG: '', DATABASE_URL: `postgres://scena:s3cret@127.0.0.1:${port}/scena` },
      timeout: 60_000,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => e,
    )
    expect(result.code).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(new RegExp(`^\\[scena\\] Cannot reach PostgreSQL at 127\\.0\\.0\\.1:${port}`))
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stderr).not.toContain('s3cret')
  })
})

describe('connection pool', () => {
  it('survives the server dropping its idle connections', async () => {
    const payload = await testPayload()
    try {
      await payload.count({ collection: 'faqs' })
      const [{ terminated }] = (await query(
        inject('databaseUrl'),
        `SELECT count(pg_terminate_backend(pid))::int AS terminated FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle'`,
      )) as [{ terminated: number }]
      expect(terminated).toBeGreaterThan(0)
      await new Promise((resolve) => setTimeout(resolve, 200))
      const { totalDocs } = await payload.count({ collection: 'faqs' })
      expect(totalDocs).toBeGreaterThanOrEqual(0)
    } finally {
      await closePayload(payload)
    }
  })
})

describe('migrations', () => {
  it('cover the schema: the last snapshot is today’s, so `npm run migrate:create` has nothing to write', async () => {
    // An instance of its own: the one testPayload() returns is closed by the test above.
    const payload = await getPayload({ config, key: 'migrations' })
    try {
      const adapter = payload.db as unknown as PostgresAdapter
      const { generateDrizzleJson, generateMigration } = adapter.requireDrizzleKit()
      // The snapshot migrate:create starts from: the last one in name order.
      const dir = path.join(projectRoot, 'src/migrations')
      const last = readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .at(-1)!
      const snapshot = JSON.parse(readFileSync(path.join(dir, last), 'utf8'))
      expect(await generateMigration(snapshot, await generateDrizzleJson(adapter.schema)), last).toEqual([])
    } finally {
      await closePayload(payload)
    }
  })
})
