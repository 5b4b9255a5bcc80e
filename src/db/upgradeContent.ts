import type { Payload, PayloadRequest } from 'payload'
import { env } from '../env'

/**
 * What every start-up used to do to the content of an existing database, done once by the data
 * migration `20261205_043000_data_startup_backfills`, in its transaction (`req`):
 *
 * - seed text corrected since the database was seeded, where no one edited it, and the glossary
 *   for a database seeded before the glossary existed;
 * - translation status for entries saved before it existed;
 * - the Italian behind each English stamp for entries stamped before it was kept.
 *
 * It calls today's functions, so a database several releases old ends up as today's: the seed's
 * superseded fingerprints only grow, and every step does only what is still missing. On an empty
 * database (migrations run before the seed) there is nothing to upgrade: the seed writes today's
 * content afterwards. `SEED_ON_EMPTY=false` keeps the seed's text out, as the start-up did.
 */
export async function upgradeContent(
  payload: Payload,
  req: PayloadRequest,
  log: (line: string) => void,
): Promise<void> {
  const { isContentEmpty, isGlossaryEmpty, seedGlossary } = await import('../seed')
  const { reviseSeededContent } = await import('../seed/revisions')
  const { backfillTranslationStatus } = await import('../translation/backfill')
  const { backfillSourceTexts } = await import('../translation/backfillSources')
  if (await isContentEmpty(payload, req)) return
  if (env.SEED_ON_EMPTY) {
    // Databases seeded before the glossary existed get its terms.
    if (await isGlossaryEmpty(payload, req)) await seedGlossary(payload, log, req)
    await reviseSeededContent(payload, log, { req })
  }
  const backfilled = await backfillTranslationStatus(payload, req)
  if (backfilled) log(`Translation status computed for ${backfilled} entries saved before it existed.`)
  const recovered = await backfillSourceTexts(payload, req)
  if (recovered)
    log(`Italian behind the English translations recorded for ${recovered} entries stamped before it was kept.`)
}
