import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from './freePort'

const root = path.resolve(import.meta.dirname, '../../..')

/**
 * Starts tests/int/support/restServer.ts (another Payload instance, in its own process, answering
 * REST GETs over HTTP) with `env` on top of this process's environment; resolves once it listens.
 */
export async function startRestServer(env: Record<string, string>) {
  const port = await freePort()
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'tests/int/support/restServer.ts'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('listening')) resolve()
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`the REST server exited (${code}): ${output}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.on('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
