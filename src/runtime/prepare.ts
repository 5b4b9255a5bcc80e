import { dataDir } from './environment'
import { withMigratedPayload } from './withPayload'

export interface PrepareOptions {
  /** Seed the practice's content when the database holds none yet. */
  seedWhenEmpty: boolean
  log: (line: string) => void
}

/** Runs committed migrations, creates the first admin and seeds an empty database. */
export async function prepareContent({ seedWhenEmpty, log }: PrepareOptions): Promise<void> {
  log('Running database migrations…')
  // Loaded only now: the config reads DATABASE_URL and PAYLOAD_SECRET when it is imported.
  await withMigratedPayload(async (payload) => {
    const { ensureAdmin } = await import('../seed/admin')
    const { isContentEmpty, isGlossaryEmpty, seed, seedGlossary } = await import('../seed')
    const { backfillTranslationStatus } = await import('../translation/backfill')
    const { backfillSourceTexts } = await import('../translation/backfillSources')
    await ensureAdmin(payload, dataDir, log)
    if (seedWhenEmpty && (await isContentEmpty(payload))) {
      log('Empty database: seeding the practice’s content in Italian and English…')
      const { created } = await seed(payload, log)
      log(`Seeded ${created} entries.`)
    } else if (seedWhenEmpty && (await isGlossaryEmpty(payload))) {
      // Databases seeded before the glossary existed get its terms once.
      await seedGlossary(payload, log)
    }
    if (seedWhenEmpty) {
      // Seed text corrected since this database was seeded, where no one has edited it.
      const { reviseSeededContent } = await import('../seed/revisions')
      await reviseSeededContent(payload, log)
    }
    const backfilled = await backfillTranslationStatus(payload)
    if (backfilled) log(`Translation status computed for ${backfilled} entries saved before it existed.`)
    const recovered = await backfillSourceTexts(payload)
    if (recovered)
      log(`Italian behind the English translations recorded for ${recovered} entries stamped before it was kept.`)
  })
}
