/** Runs the Payload CLI (`npm run payload -- migrate:create …`) with the database provided. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { childEnv } from '../src/env'
import { prepareEnvironment, projectRoot } from '../src/runtime/environment'
import { fail } from './log'

const run = (command: string, args: string[]) =>
  new Promise<number>((resolve) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit', env: childEnv() })
    child.on('exit', (code) => resolve(code ?? 1))
  })

async function main(): Promise<void> {
  const db = await prepareEnvironment('development', { requireSecret: false })
  const args = process.argv.slice(2)
  let code = await run(process.execPath, [path.join(projectRoot, 'node_modules', 'payload', 'bin.js'), ...args])
  await db.stop()
  if (code === 0 && args[0] === 'migrate:create') {
    // The new migration and the index Payload rewrites, formatted so that the format check passes.
    code = await run(process.execPath, [
      path.join(projectRoot, 'node_modules', 'prettier', 'bin', 'prettier.cjs'),
      '--write',
      '--log-level',
      'warn',
      'src/migrations',
    ])
  }
  process.exit(code)
}

main().catch(fail)
