/** `npm run migrate`: applies the committed migrations to the database (embedded unless DATABASE_URL). */
import { prepareEnvironment } from '../src/runtime/environment'
import { withMigratedPayload } from '../src/runtime/withPayload'
import { fail, log } from './log'

async function main(): Promise<void> {
  const db = await prepareEnvironment('development', { requireSecret: false })
  try {
    await withMigratedPayload(async () => log('Migrations are up to date.'))
  } finally {
    await db.stop()
  }
}

main().then(() => process.exit(0), fail)
