import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * `npm start` of the current build, started and stopped by a test as an operator would: on its
 * own port and its own embedded PostgreSQL (`dataDir`), so that it can be restarted, killed, or
 * started at another address. It shares the build's `.next` folder, page cache included, with any
 * other `npm start` of this checkout: run such tests only while no other server of it runs.
 */
export interface ServerOptions {
  port: number
  dataDir: string
  /** The embedded PostgreSQL's port. */
  databasePort: number
  log: string
  env?: Record<string, string>
}

export interface RunningServer {
  url: string
  /** SIGTERM: the server finishes what it is doing and stops. SIGKILL: the web process dies at once. */
  stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void>
}

const projectRoot = path.resolve(import.meta.dirname, '../../..')

/** Child processes of `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]) === pid
      } catch {
        return false
      }
    })
    .map(Number)
}

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return ''
  }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()))

const tailOf = (log: string) => readFileSync(log, 'utf8').split('\n').slice(-30).join('\n')

async function waitUntilReady(url: string, child: ChildProcess, log: string): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < 180_000) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${tailOf(log)}`)
    const ready = await fetch(`${url}/api/ready`).then(
      (res) => res.ok,
      () => false,
    )
    if (ready) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no answer from ${url}/api/ready within 180 s:\n${tailOf(log)}`)
}

export async function startServer({
  port,
  dataDir,
  databasePort,
  log,
  env = {},
}: ServerOptions): Promise<RunningServer> {
  const out = createWriteStream(log, { flags: 'a' })
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts/start.ts'), 'start'], {
    cwd: projectRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(port),
      EMBEDDED_PG_PORT: String(databasePort),
      EMBEDDED_PG_DATA_DIR: dataDir,
      SCENA_RUN_JOBS: 'true',
      ...env,
    },
  })
  child.stdout?.pipe(out, { end: false })
  child.stderr?.pipe(out, { end: false })
  const url = `http://localhost:${port}`
  await waitUntilReady(url, child, log)
  return {
    url,
    async stop(signal) {
      if (signal === 'SIGKILL') {
        // The web server (scripts/serve.ts, its own process group); `npm start`'s script then stops
        // the database cleanly, as it would after any crash of the server.
        const server = childrenOf(child.pid!).find((pid) => commandOf(pid).includes('scripts/serve.ts'))
        if (!server) throw new Error('the web server process was not found')
        process.kill(-server, 'SIGKILL')
      } else process.kill(child.pid!, 'SIGTERM')
      await exited(child)
      out.end()
    },
  }
}
