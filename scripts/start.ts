/**
 * `npm run dev | build | start`: provides the database (embedded unless DATABASE_URL), migrates,
 * seeds an empty database, then runs Next in its own process group so that stopping this script
 * stops all of it.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'

import { childEnv, env } from '../src/env'
import { prepareEnvironment, projectRoot, serverNodeFlags } from '../src/runtime/environment'
import { prepareContent } from '../src/runtime/prepare'
import { ownStopSignals } from '../src/runtime/signals'
import { fail, log } from './log'

const commands = ['dev', 'build', 'start'] as const
type Command = (typeof commands)[number]
const command = process.argv[2] as Command
if (!commands.includes(command)) fail('usage: start.ts dev|build|start')

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

async function main(): Promise<void> {
  const mode = command === 'dev' ? 'development' : 'production'
  const db = await prepareEnvironment(mode, { requireSecret: command === 'start' })
  log(db.embedded ? `Embedded PostgreSQL ready (${redact(db.url)}).` : `Using PostgreSQL at ${redact(db.url)}.`)
  await prepareContent({ seedWhenEmpty: env.SEED_ON_EMPTY, log })

  // Production serves through scripts/serve.ts (Next's handler behind our own HTTP server).
  const args = {
    build: [nextBin, 'build'],
    dev: [nextBin, 'dev', '--port', String(env.PORT)],
    start: [...serverNodeFlags(), '--import', 'tsx', path.join(projectRoot, 'scripts/serve.ts')],
  }[command]
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    stdio: 'inherit',
    detached: true,
    env: {
      NEXT_TELEMETRY_DISABLED: '1',
      ...childEnv(),
      ...(command === 'start' ? { NODE_ENV: 'production' } : {}),
      // A web instance runs the job queue itself unless a separate worker does (SCENA_RUN_JOBS=false).
      // A job (a scheduled publish) runs outside any request, where Next cannot refresh pages: it
      // asks this same server to, as the worker asks an instance (src/topology/refresh.ts).
      ...(command === 'build'
        ? {}
        : {
            SCENA_RUN_JOBS: String(env.SCENA_RUN_JOBS ?? true),
            SCENA_APP_URL: env.SCENA_APP_URL ?? `http://127.0.0.1:${env.PORT}`,
          }),
    },
  })

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    // Signal the whole group, or next-server survives and holds the port.
    try {
      if (child.pid) process.kill(-child.pid, signal)
    } catch {
      /* already gone */
    }
  }
  ownStopSignals(stop)

  const code = await new Promise<number>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 1 : 0))))
  stop('SIGTERM')
  await db.stop()
  process.exit(code)
}

const redact = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')

main().catch((error: unknown) => fail(error))
