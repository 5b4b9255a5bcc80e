/**
 * Run with tsx in a child process (the test's own Payload is bound to the shared test database):
 * `tsx tests/int/support/releaseDatabase.ts COMMAND`, with DATABASE_URL naming the database.
 *
 * - `previous`: a database as a release before the data migrations left it, a few releases after
 *   it was seeded: schema migrations up to the one before the first data migration, the seed, then
 *   what older releases left behind: seed text since corrected (and an older revision mark), a
 *   glossary term in its old wording, a settings field added later, an entry saved before
 *   translation status existed, one stamped before the Italian behind its stamps was kept.
 * - `legacy`: what every start-up did before the data migrations (the same functions, no migration).
 * - `start`: today's start-up (`prepareContent`, seeding an empty database).
 * - `unstatus`: takes the translation status off the coordinator's entry, as if saved before it existed.
 * - `state`: only the state.
 *
 * Each prints one line `RESULT <json>` for the test to read, with `state`: the content those steps
 * touch and the recorded migrations, afterwards (`start` excepted: it loads Payload its own way).
 */
import type { Payload } from 'payload'

import { closePayload } from '../../../src/db/pool'
import { loadPayloadConfig } from '../../../src/runtime/loadConfig'

const dataMigration = '20261205_043000_data_startup_backfills'
const coordinatorQuestion = 'Domanda scritta dalla coordinatrice prima degli stati di traduzione?'
const stampedQuestion = 'Domanda tradotta prima che si tenesse l’italiano?'
/** The seed's first Italian question of this FAQ, corrected since (its fingerprint is superseded). */
const oldSeedQuestion = "Chi è l'Intimacy Coordinator?"
const revisedKey = 'who-is-an-intimacy-coordinator'

const context = { disableRevalidate: true }
const result = (value: unknown) => console.log(`RESULT ${JSON.stringify(value)}`)

type Step = (payload: Payload) => Promise<Record<string, unknown>>

async function withPayload<T>(work: (payload: Payload) => Promise<T>): Promise<T> {
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config: await loadPayloadConfig() })
  try {
    return await work(payload)
  } finally {
    await closePayload(payload)
  }
}

const faqByQuestion = async (payload: Payload, question: string) =>
  (
    await payload.find({
      collection: 'faqs',
      where: { question: { equals: question } },
      locale: 'it',
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]!

async function previous(payload: Payload): Promise<Record<string, unknown>> {
  const { migrations } = await import('../../../src/migrations')
  const { runMigrations } = await import('../../../src/db/migrate')
  const { seed } = await import('../../../src/seed')
  const { paragraphsToLexical } = await import('../../../src/fields/richText')
  await runMigrations(
    payload,
    migrations.slice(
      0,
      migrations.findIndex((m) => m.name === dataMigration),
    ),
  )
  await seed(payload)
  const pool = payload.db.pool
  // Seeded by a release whose seed revision was an older one, with text corrected since.
  await pool.query(`UPDATE payload_kv SET data = '"2026-11-27-first-seed"'::jsonb WHERE key = 'scena:seed-revision'`)
  await pool.query(
    `INSERT INTO payload_kv (key, data) SELECT 'scena:seed-revision', '"2026-11-27-first-seed"'::jsonb
     WHERE NOT EXISTS (SELECT 1 FROM payload_kv WHERE key = 'scena:seed-revision')`,
  )
  const revised = (
    await payload.find({ collection: 'faqs', where: { contentKey: { equals: revisedKey } }, depth: 0, limit: 1 })
  ).docs[0]!
  await payload.update({
    collection: 'faqs',
    id: revised.id,
    locale: 'it',
    data: { question: oldSeedQuestion, _status: 'published' },
    overrideAccess: true,
    context,
  })
  const term = (await payload.find({ collection: 'glossary', where: { term: { equals: 'sceneggiatura' } }, limit: 1 }))
    .docs[0]!
  await payload.update({
    collection: 'glossary',
    id: term.id,
    data: { translation: 'script', note: 'For film and TV; "copione" is also "script".' },
    overrideAccess: true,
  })
  // `role` was added to the settings after this database was seeded.
  await pool.query(`UPDATE site_settings_locales SET role = NULL`)

  // The coordinator's own entry, saved before translation status existed.
  const own = await payload.create({
    collection: 'faqs',
    locale: 'it',
    data: {
      question: coordinatorQuestion,
      answer: paragraphsToLexical(['Risposta della coordinatrice.']),
      section: 'the-role',
      _status: 'published',
    },
    overrideAccess: true,
    context,
  })
  await pool.query(`UPDATE faqs SET translation_status = NULL, translation_state = NULL WHERE id = $1`, [own.id])
  await pool.query(
    `UPDATE _faqs_v SET version_translation_status = NULL, version_translation_state = NULL WHERE parent_id = $1`,
    [own.id],
  )

  // An entry translated, then changed in Italian, stamped before the Italian behind stamps was kept.
  const stamped = await payload.create({
    collection: 'faqs',
    locale: 'it',
    data: {
      question: `${stampedQuestion} (prima)`,
      answer: paragraphsToLexical(['Risposta originale.']),
      section: 'the-role',
      _status: 'published',
    },
    overrideAccess: true,
    context,
  })
  await payload.update({
    collection: 'faqs',
    id: stamped.id,
    locale: 'en',
    data: { question: 'A question translated before', answer: paragraphsToLexical(['Original answer.']) },
    overrideAccess: true,
    context,
  })
  await payload.update({
    collection: 'faqs',
    id: stamped.id,
    locale: 'it',
    data: { question: stampedQuestion },
    overrideAccess: true,
    context,
  })
  await pool.query(`UPDATE faqs SET translation_state = translation_state - 'sourceTexts' WHERE id = $1`, [stamped.id])
  await pool.query(
    `UPDATE _faqs_v SET version_translation_state = version_translation_state - 'sourceTexts' WHERE parent_id = $1`,
    [stamped.id],
  )
  const { supersededText } = await import('../../../src/seed/content/superseded')
  const { seedHash } = await import('../../../src/seed/seedHash')
  return {
    own: own.id,
    stamped: stamped.id,
    revised: revised.id,
    // The fixture is honest only if today's tables know this text as superseded seed text.
    superseded: supersededText[`faqs/${revisedKey}/question/it`]?.includes(seedHash(oldSeedQuestion)!) ?? false,
  }
}

/** The content work of every start-up before the data migrations (src/runtime/prepare.ts then). */
async function legacy(payload: Payload): Promise<Record<string, unknown>> {
  const { isGlossaryEmpty, seedGlossary } = await import('../../../src/seed')
  const { reviseSeededContent } = await import('../../../src/seed/revisions')
  const { backfillTranslationStatus } = await import('../../../src/translation/backfill')
  const { backfillSourceTexts } = await import('../../../src/translation/backfillSources')
  const log = () => undefined
  if (await isGlossaryEmpty(payload)) await seedGlossary(payload, log)
  return {
    revised: await reviseSeededContent(payload, log),
    statuses: await backfillTranslationStatus(payload),
    sources: await backfillSourceTexts(payload),
  }
}

async function unstatus(payload: Payload): Promise<Record<string, unknown>> {
  const own = await faqByQuestion(payload, coordinatorQuestion)
  await payload.db.pool.query(`UPDATE faqs SET translation_status = NULL WHERE id = $1`, [own.id])
  await payload.db.pool.query(`UPDATE _faqs_v SET version_translation_status = NULL WHERE parent_id = $1 AND latest`, [
    own.id,
  ])
  return { id: own.id }
}

async function state(payload: Payload): Promise<Record<string, unknown>> {
  const { contentCollectionSlugs } = await import('../../../src/collections/slugs')
  const { rows: migrations } = await payload.db.pool.query(
    'SELECT name, batch::int AS batch FROM payload_migrations ORDER BY name, id',
  )
  const { rows: revision } = await payload.db.pool.query(
    `SELECT data FROM payload_kv WHERE key = 'scena:seed-revision'`,
  )
  const entries: Record<string, unknown[]> = {}
  for (const collection of contentCollectionSlugs) {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      sort: 'id',
      overrideAccess: true,
    })
    const { totalDocs: versions } = await payload.countVersions({ collection, overrideAccess: true })
    entries[collection] = [
      versions,
      ...docs.map((doc) => {
        const { updatedAt: _updated, createdAt: _created, ...rest } = doc as unknown as Record<string, unknown>
        return rest
      }),
    ]
  }
  const { docs: glossary } = await payload.find({
    collection: 'glossary',
    pagination: false,
    sort: 'term',
    overrideAccess: true,
  })
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'all', depth: 0 })
  return {
    migrations,
    revision: revision[0]?.data ?? null,
    entries,
    glossary: glossary.map(({ term, translation, note }) => ({ term, translation, note: note ?? null })),
    settings: { role: settings.role, tagline: settings.tagline, siteTitle: settings.siteTitle },
  }
}

async function main(): Promise<void> {
  const command = process.argv[2]
  if (command === 'start') {
    const { prepareContent } = await import('../../../src/runtime/prepare')
    await prepareContent({ seedWhenEmpty: true, log: () => undefined })
    return result({ started: true })
  }
  const steps: Record<string, Step> = { previous, legacy, unstatus, state: async () => ({}) }
  const step = steps[command ?? '']
  if (!step) throw new Error(`usage: releaseDatabase.ts ${[...Object.keys(steps), 'start'].join('|')}`)
  result(await withPayload(async (payload) => ({ ...(await step(payload)), state: await state(payload) })))
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
