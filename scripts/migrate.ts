/** `npm run migrate`: applies the committed migrations to the database (embedded unless DATABASE_URL). */
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
    const payload = await getPayload({ config })
    try {
      await runMigrations(payload)
      log('Migrations are up to date.')
    } finally {
      await closePayload(payload)
    }
  } finally {
    await db.stop()
  }
}

main().then(() => process.exit(0), fail)
