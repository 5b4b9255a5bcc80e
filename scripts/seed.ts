/** `npm run seed`: creates whatever seed content is missing; safe to run any number of times. */
import { prepareEnvironment } from '../src/runtime/environment'
import { withMigratedPayload } from '../src/runtime/withPayload'
import { fail, log } from './log'

async function main(): Promise<void> {
  const db = await prepareEnvironment('development', { requireSecret: false })
  try {
    await withMigratedPayload(async (payload) => {
      const { seed } = await import('../src/seed')
      const { reviseSeededContent } = await import('../src/seed/revisions')
      log('Seeding…')
      const { created, kept } = await seed(payload, log)
      log(`Done: ${created} created, ${kept} already present and left as they are.`)
      await reviseSeededContent(payload, log)
    })
  } finally {
    await db.stop()
  }
}

main().then(() => process.exit(0), fail)
