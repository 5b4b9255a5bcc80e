/** `npm run seed`: creates whatever seed content is missing; safe to run any number of times. */
import { runMigrations } from '../src/db/migrate'
import { closePayload } from '../src/db/pool'
import { prepareEnvironment } from '../src/runtime/environment'
import { loadPayloadConfig } from '../src/runtime/loadConfig'
import { fail, log } from './log'

async function main(): Promise<void> {
  const db = await prepareEnvironment('development', { requireSecret: false })
  try {
    const config = await loadPayloadConfig()
    const { getPayload } = await import('payload')
    const { seed } = await import('../src/seed')
    const payload = await getPayload({ config })
    try {
      await runMigrations(payload)
      log('Seeding…')
      const { created, kept } = await seed(payload, log)
      log(`Done: ${created} created, ${kept} already present and left as they are.`)
    } finally {
      await closePayload(payload)
    }
  } finally {
    await db.stop()
  }
}

main().then(() => process.exit(0), fail)
