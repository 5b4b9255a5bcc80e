import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { embeddedUrl, type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded'
import { faqs, glossary } from '../../src/seed/content'
import { SEED_REVISION } from '../../src/seed/revisions'
import { testEnv } from './support/env'
import { freePort } from './support/freePort'
import { makeTempDir, removeDir } from './support/tempDir'

/**
 * The data migration against databases of its own (never the shared test database): one made by
 * the previous release, upgraded by the real `npm run migrate` script and compared with what the
 * previous release's start-up made of the same database; and an empty one, started and seeded.
 * Every step runs in a child process, as the scripts do (see support/releaseDatabase.ts).
 */
const execFileAsync = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')
const tsx = path.join(root, 'node_modules/.bin/tsx')
const dataMigration = '20261205_043000_data_startup_backfills'

let dir: string
let port: number
let server: EmbeddedDatabase

beforeAll(async () => {
  dir = await makeTempDir('data-migrations')
  port = await freePort()
  server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port, database: 'scena_previous' })
})
afterAll(async () => {
  await server?.stop()
  if (dir) await removeDir(dir)
})

async function createDatabase(name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: embeddedUrl(port, 'postgres') })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`)
  } finally {
    await client.end()
  }
}

/** Runs a script on one database, as the project runs it; returns its `RESULT` line, if any. */
async function run(database: string, script: string, ...args: string[]): Promise<Result> {
  const { stdout } = await execFileAsync(tsx, [script, ...args], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      ...testEnv(embeddedUrl(port, database), path.join(dir, 'media')),
      // The first admin from these, so no start writes a development password into the project.
      ADMIN_EMAIL: 'admin@data-migrations.test',
      ADMIN_PASSWORD: 'data-migrations-test-password',
    },
  })
  const line = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('RESULT '))
  return line ? (JSON.parse(line.slice('RESULT '.length)) as Result) : ({} as Result)
}

const helper = 'tests/int/support/releaseDatabase.ts'
const migrate = (database: string) => run(database, 'scripts/migrate.ts')

interface State {
  migrations: Array<{ name: string; batch: number }>
  revision: string | null
  /** Per collection: the number of versions, then every entry (latest version, all locales). */
  entries: Record<string, Array<number | Record<string, unknown>>>
  glossary: Array<{ term: string; translation: string; note: string | null }>
  settings: Record<string, Record<string, string | null>>
}
interface Result extends Record<string, unknown> {
  state: State
}
const state = async (database: string) => (await run(database, helper, 'state')).state
const content = ({ migrations: _migrations, ...rest }: State) => rest
const faq = (s: State, id: unknown) =>
  (s.entries.faqs!.slice(1) as Array<Record<string, unknown>>).find((doc) => doc.id === id) as unknown as {
    question: Record<string, string>
    translationStatus: string | null
    translationState: { sourceTexts?: Record<string, string> } | null
  }

describe('data changes as migrations', () => {
  it('upgrade a database made by the previous release to what its start-up made of it, once', async () => {
    const { state: before, ...fixture } = await run('scena_previous', helper, 'previous')
    expect(fixture.superseded).toBe(true)
    expect(before.migrations.map((m) => m.name)).not.toContain(dataMigration)
    expect(faq(before, fixture.own).translationStatus).toBeNull()

    // The same database, as the previous release's start-up left it.
    await createDatabase('scena_legacy', 'scena_previous')
    const { state: expected, ...counts } = await run('scena_legacy', helper, 'legacy')
    expect(counts.revised).toBeGreaterThan(0)
    expect(counts.statuses).toBeGreaterThanOrEqual(1)
    expect(counts.sources).toBeGreaterThanOrEqual(1)

    await migrate('scena_previous')
    const after = await state('scena_previous')
    expect(content(after)).toEqual(content(expected))
    // What the previous-release state needed, spelled out.
    expect(after.revision).toBe(SEED_REVISION)
    const seeded = faqs.find((f) => f.key === 'who-is-an-intimacy-coordinator')!
    expect(faq(after, fixture.revised).question.it).toBe(seeded.question.it)
    expect(faq(after, fixture.own).translationStatus).toBe('missing')
    expect(faq(after, fixture.stamped).translationState?.sourceTexts?.question).toMatch(/\(prima\)$/)
    expect(after.glossary.find((g) => g.term === 'sceneggiatura')?.translation).toBe('screenplay')
    expect(after.settings.role?.it).toBeTruthy()
    expect(after.settings.role?.en).toBeTruthy()
    // Recorded like the schema migrations, in the batch of this run.
    const recorded = after.migrations.filter((m) => m.name === dataMigration)
    expect(recorded).toHaveLength(1)
    expect(recorded[0]!.batch).toBe(Math.max(...before.migrations.map((m) => m.batch)) + 1)
  }, 300_000)

  it('never run again: neither a second migrate nor a start does data work', async () => {
    const { id, state: before } = await run('scena_previous', helper, 'unstatus')
    expect(faq(before, id).translationStatus).toBeNull()

    await migrate('scena_previous')
    await run('scena_previous', helper, 'start')
    const after = await state('scena_previous')
    expect(after.migrations).toEqual(before.migrations)
    // Today's start-up would have computed it before the data migrations; now it is left alone.
    expect(faq(after, id).translationStatus).toBeNull()
  }, 300_000)

  it('leave an empty database to the seed, which writes today’s content', async () => {
    await createDatabase('scena_fresh')
    await run('scena_fresh', helper, 'start')
    const started = await state('scena_fresh')
    expect(started.migrations.map((m) => m.name)).toContain(dataMigration)
    expect(started.revision).toBe(SEED_REVISION)
    expect(started.glossary).toHaveLength(glossary.length)
    expect(started.entries.faqs!.length - 1).toBe(faqs.length)
    // The old start-up's data work finds nothing left to do after a fresh seed.
    const { state: after, ...counts } = await run('scena_fresh', helper, 'legacy')
    expect(counts).toEqual({ revised: 0, statuses: 0, sources: 0 })
    expect(content(after)).toEqual(content(started))
  }, 300_000)
})
