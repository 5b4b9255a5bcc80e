/** Runs the Payload CLI (`npm run payload -- migrate:create …`) with the database provided. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { prepareEnvironment, projectRoot } from '../src/runtime/environment'
import { fail } from './log'

async function main(): Promise<void> {
  const db = await prepareEnvironment('development', { requireSecret: false })
  const bin = path.join(projectRoot, 'node_modules', 'payload', 'bin.js')
  const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: process.env,
  })
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
  await db.stop()
  process.exit(code)
}

main().catch(fail)
