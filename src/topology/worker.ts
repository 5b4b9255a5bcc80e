/**
 * `npm run worker`: the one process that runs Payload's job queue (scheduled publishing) when
 * several web instances serve the site. Payload's queue is not safe with several runners on one
 * queue, so web instances started with SCENA_RUN_JOBS=false leave it to this process.
 *
 * It uses the web instances' database (DATABASE_URL is required: an embedded server belongs to the
 * process that started it) and runs until SIGTERM/SIGINT, then stops its schedule and closes its pool.
 */
import { fail, log } from '../../scripts/log'
import { closePayload } from '../db/pool'
import { assertEnvironment, env, setEnv } from '../env'
import { loadPayloadConfig } from '../runtime/loadConfig'
import { ownStopSignals } from '../runtime/signals'

async function main(): Promise<void> {
  assertEnvironment((line) => log(line))
  if (!env.DATABASE_URL) {
    fail('npm run worker needs DATABASE_URL: the database the web instances use (npm run start:cluster sets it).')
  }
  setEnv({ SCENA_RUN_JOBS: 'true' })
  const config = await loadPayloadConfig()
  const { getPayload } = await import('payload')
  // cron: true starts the job schedule of payload.config.ts (`jobs.autoRun`).
  const payload = await getPayload({ config, cron: true })
  log('Job worker running: due jobs (scheduled publishing) are run every minute.')

  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    log(`${signal}: stopping the job worker.`)
    await closePayload(payload) // destroy() stops the schedule
    process.exit(0)
  }
  ownStopSignals((signal) => void stop(signal))
}

main().catch(fail)
