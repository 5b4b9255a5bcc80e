/**
 * `npm run start:cluster` (after `npm run build`): Scena's production topology on one box.
 *
 *   visitors ─► Varnish :PORT (edge cache, balancer with health checks, grace)
 *                  └─► app instances :PORT+1 … :PORT+N (scripts/serve.ts, Next page cache in Redis)
 *   worker (job queue) · Redis · PostgreSQL (embedded, or DATABASE_URL)
 *
 * Each runs in its own process group; an instance that dies is started again; Ctrl-C or SIGTERM
 * stops them all. System packages: varnish, varnish-modules, redis-server (see README).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { fail, log } from '../../scripts/log'
import { childEnv, env } from '../env'
import { prepareEnvironment, projectRoot, serverNodeFlags } from '../runtime/environment'
import { prepareContent } from '../runtime/prepare'
import { ownStopSignals } from '../runtime/signals'
import { renderVcl } from './edge/vcl'

const port = env.PORT
const instanceCount = env.CLUSTER_INSTANCES
const firstAppPort = env.CLUSTER_APP_PORT ?? port + 1
const redisPort = env.CLUSTER_REDIS_PORT
const workDir = path.join(os.tmpdir(), `scena-cluster-${port}`)

interface Service {
  name: string
  /** The port it serves on, for the state file. */
  port?: number
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
  /** Started again when it exits on its own (app instances). */
  restart?: boolean
  child?: ChildProcess
}

const services: Service[] = []
let stopping = false

/** Prefixes each output line with the service's name, so one terminal shows them all. */
function pipeLines(stream: NodeJS.ReadableStream | null, name: string, out: NodeJS.WriteStream): void {
  let rest = ''
  stream?.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) out.write(`[${name}] ${line}\n`)
  })
}

function start(service: Service): void {
  const child = spawn(service.command, service.args, {
    cwd: projectRoot,
    detached: true, // its own process group: stopping it stops whatever it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...childEnv(), ...service.env },
  })
  service.child = child
  void writeState()
  pipeLines(child.stdout, service.name, process.stdout)
  pipeLines(child.stderr, service.name, process.stderr)
  child.on('exit', (code, signal) => {
    if (stopping) return
    log(`${service.name} exited (${signal ?? code}).`)
    if (service.restart) {
      log(`Starting ${service.name} again.`)
      setTimeout(() => !stopping && start(service), 500)
    }
  })
}

/**
 * What runs where, for operators and the cluster tests: `$TMPDIR/scena-cluster-$PORT/cluster.json`,
 * rewritten whenever a process (re)starts.
 */
let stateWrites = Promise.resolve()
function writeState(): Promise<void> {
  const state = {
    edge: `http://127.0.0.1:${port}`,
    services: services.map((s) => ({ name: s.name, port: s.port, pid: s.child?.pid })),
  }
  // Written aside, then renamed into place, one write after another: a reader (an operator's
  // script, the cluster tests polling for a restarted process) never sees a half-written file.
  const file = path.join(workDir, 'cluster.json')
  const partial = `${file}.partial`
  stateWrites = stateWrites
    .then(() => fs.writeFile(partial, JSON.stringify(state, null, 2)))
    .then(() => fs.rename(partial, file))
    .catch(() => undefined)
  return stateWrites
}

function signalGroup(child: ChildProcess | undefined, signal: NodeJS.Signals): void {
  try {
    if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, signal)
  } catch {
    /* already gone */
  }
}

const exited = (child: ChildProcess | undefined) =>
  !child || child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()))

/** Stops the edge first (no new requests), then the app and worker, then Redis. */
async function stopAll(): Promise<void> {
  if (stopping) return
  stopping = true
  for (const group of [['edge'], ['app', 'worker'], ['redis']]) {
    const members = services.filter((s) => group.some((prefix) => s.name.startsWith(prefix)))
    for (const service of members) signalGroup(service.child, 'SIGTERM')
    const timeout = setTimeout(() => members.forEach((s) => signalGroup(s.child, 'SIGKILL')), 15_000)
    await Promise.all(members.map((s) => exited(s.child)))
    clearTimeout(timeout)
  }
}

async function waitForHttp(url: string, what: string, timeoutMs = 120_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (stopping) return
    try {
      if ((await fetch(url)).ok) return
    } catch {
      /* not yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s.`)
}

async function main(): Promise<void> {
  const db = await prepareEnvironment('production', { requireSecret: true })
  log(db.embedded ? 'Embedded PostgreSQL ready.' : 'Using the PostgreSQL server of DATABASE_URL.')
  await prepareContent({ seedWhenEmpty: env.SEED_ON_EMPTY, log })
  await fs.mkdir(workDir, { recursive: true, mode: 0o755 })

  const redisUrl = env.REDIS_URL ?? `redis://127.0.0.1:${redisPort}`
  if (!env.REDIS_URL) {
    services.push({
      name: 'redis',
      port: redisPort,
      command: 'redis-server',
      // A cache only: nothing to persist, loopback only, and bounded (least recently used first).
      args: [
        '--port',
        String(redisPort),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--maxmemory',
        env.CLUSTER_REDIS_MEMORY,
        '--maxmemory-policy',
        'allkeys-lru',
      ],
      // It comes back empty: pages are rendered again from the database, never an invalidated copy.
      restart: true,
    })
  }

  const edgeUrl = `http://127.0.0.1:${port}`
  const appPorts = Array.from({ length: instanceCount }, (_, i) => firstAppPort + i)
  const shared = {
    NODE_ENV: 'production' as const,
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    // The edge on this box is the one proxy in front: believe the address it adds, nothing else.
    TRUSTED_PROXIES: env.TRUSTED_PROXIES ?? '1',
    SCENA_EDGE_URL: edgeUrl,
    // Visitors reach the site through the edge: its address, not each instance's own port, is the
    // one pages link to (and the instances must agree on it to share their page cache).
    SITE_URL: env.SITE_URL ?? `http://localhost:${port}`,
  }
  appPorts.forEach((appPort, i) =>
    services.push({
      name: `app-${i + 1}`,
      command: process.execPath,
      args: [...serverNodeFlags(), '--import', 'tsx', path.join(projectRoot, 'scripts/serve.ts')],
      port: appPort,
      env: { ...shared, PORT: String(appPort), SCENA_RUN_JOBS: 'false', SCENA_INSTANCE_NAME: `app-${i + 1}` },
      restart: true,
    }),
  )
  services.push({
    name: 'worker',
    command: process.execPath,
    args: ['--import', 'tsx', path.join(projectRoot, 'src/topology/worker.ts')],
    env: { ...shared, SCENA_APP_URL: edgeUrl },
    restart: true,
  })

  const vclPath = path.join(workDir, 'scena.vcl')
  await fs.writeFile(vclPath, await renderVcl(appPorts), { mode: 0o644 })
  services.push({
    name: 'edge',
    port,
    command: 'varnishd',
    args: [
      '-F',
      '-n',
      path.join(workDir, 'varnish'),
      '-a',
      `:${port}`,
      '-T',
      'none',
      '-f',
      vclPath,
      '-s',
      `malloc,${env.CLUSTER_EDGE_MEMORY}`,
    ],
  })

  ownStopSignals(() => void stopAll().then(() => db.stop().then(() => process.exit(0))))

  for (const service of services.filter((s) => s.name === 'redis')) start(service)
  for (const service of services.filter((s) => s.name.startsWith('app') || s.name === 'worker')) start(service)
  await Promise.all(appPorts.map((p) => waitForHttp(`http://127.0.0.1:${p}/api/ready`, `app on port ${p}`)))
  for (const service of services.filter((s) => s.name === 'edge')) start(service)
  await waitForHttp(`${edgeUrl}/api/health`, 'the edge cache')

  log('Scena cluster running:')
  log(`  site and admin (edge cache)  http://localhost:${port}`)
  appPorts.forEach((p, i) => log(`  app-${i + 1}                        http://127.0.0.1:${p}`))
  log(`  Redis                        ${redisUrl.replace(/\/\/[^@]*@/, '//***@')}`)
  log('  job worker                   running')
  log('Ctrl-C stops everything.')
}

main().catch(async (error: unknown) => {
  await stopAll()
  fail(error)
})
