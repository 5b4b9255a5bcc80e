import { dataDir } from './environment'
import { withMigratedPayload } from './withPayload'

export interface PrepareOptions {
  /** Seed the practice's content when the database holds none yet. */
  seedWhenEmpty: boolean
  log: (line: string) => void
}

/**
 * Runs the migrations not applied yet, creates the first admin and seeds an empty database. Data
 * changes to existing content (seed revisions, translation backfills) are data migrations
 * (src/db/upgradeContent.ts), run once with the others: a start does only what is new.
 */
export async function prepareContent({ seedWhenEmpty, log }: PrepareOptions): Promise<void> {
  log('Running database migrations…')
  // Loaded only now: the config reads DATABASE_URL and PAYLOAD_SECRET when it is imported.
  await withMigratedPayload(async (payload) => {
    const { ensureAdmin } = await import('../seed/admin')
    const { isContentEmpty, seed } = await import('../seed')
    await ensureAdmin(payload, dataDir, log)
    if (seedWhenEmpty && (await isContentEmpty(payload))) {
      log('Empty database: seeding the practice’s content in Italian and English…')
      const { created } = await seed(payload, log)
      // The seed writes today's text: later seed revisions start from this one.
      const { markSeedRevision } = await import('../seed/revisions')
      await markSeedRevision(payload)
      log(`Seeded ${created} entries.`)
    }
  })
}
