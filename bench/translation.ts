/**
 * `npm run bench:translation`: how translation tooling grows with content. Starts its own
 * throwaway PostgreSQL (never the development data), applies the migrations, and with 10, 100
 * and 1,000 FAQs (Italian question + rich-text answer) measures the translation status report
 * (`translationReport`), the XLIFF export of everything (scope all) and the import of that file
 * with every target filled in (as a translator, one transaction). Medians of a few runs.
 * Prints figures; asserts nothing.
 */
import fs from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../src/db/embedded'
import { paragraphsToLexical } from '../src/data/lexical'

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function time<T>(run: () => Promise<T>, times: number): Promise<{ ms: number; last: T }> {
  const durations: number[] = []
  let last: T | undefined
  for (let i = 0; i < times; i++) {
    const started = performance.now()
    last = await run()
    durations.push(performance.now() - started)
  }
  return { ms: median(durations), last: last as T }
}

/** What a translator sends back: every unit with a target (a copy of the source where none). */
const withTargets = (xml: string) =>
  xml.replace(/<source>((?:(?!<\/source>)[\s\S])*)<\/source>(?!<target>)/g, (_all, source: string) => {
    const english = source.replace(/Domanda/g, 'Question').replace(/Risposta/g, 'Answer')
    return `<source>${source}</source><target>${english}</target>`
  })

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scena-bench-'))
  await fs.chmod(dir, 0o755)
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), database: 'bench' })
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: 'bench-only-secret',
    PAYLOAD_LOG_LEVEL: 'error',
    MEDIA_DIR: path.join(dir, 'media'),
  })
  try {
    const { loadPayloadConfig } = await import('../src/runtime/loadConfig')
    await loadPayloadConfig()
    const { createLocalReq } = await import('payload')
    const { payloadClient } = await import('../src/data/client')
    const { runMigrations } = await import('../src/db/migrate')
    const { closePayload } = await import('../src/db/pool')
    const { translationReport } = await import('../src/translation/report')
    const { exportXliff } = await import('../src/translation/xliff/exportXliff')
    const { importXliff } = await import('../src/translation/xliff/importXliff')
    const { contentCollectionSlugs } = await import('../src/collections')
    const payload = await payloadClient()
    await runMigrations(payload)

    const translator = await payload.create({
      collection: 'users',
      data: { email: 'translator@bench.local', password: 'bench-only-password', role: 'translator' },
      overrideAccess: true,
    })
    const user = { ...translator, collection: 'users' as const }

    let created = 0
    const growTo = async (total: number) => {
      for (; created < total; created++) {
        const n = created + 1
        await payload.create({
          collection: 'faqs',
          locale: 'it',
          data: {
            question: `Domanda numero ${n} sulla coreografia delle scene intime?`,
            answer: paragraphsToLexical([
              `Risposta ${n}: la coreografia tutela gli interpreti e la visione della regia.`,
              'Un secondo paragrafo, perché le risposte vere ne hanno più di uno.',
            ]),
            section: 'the-role',
            order: n,
            _status: 'published',
          },
          context: { disableRevalidate: true },
        })
      }
    }

    console.log('FAQs   status report (ms)   XLIFF export, all (ms, units, KB)   XLIFF import, all (ms, applied)')
    for (const total of [10, 100, 1000]) {
      await growTo(total)
      const report = await time(() => translationReport(payload), 5)
      const exported = await time(() => exportXliff(payload, { collections: contentCollectionSlugs, scope: 'all' }), 3)
      const xml = withTargets(exported.last ?? '')
      const units = (xml.match(/<unit /g) ?? []).length
      const imported = await time(async () => {
        const req = await createLocalReq({ user }, payload)
        return importXliff(req, xml)
      }, 3)
      console.log(
        String(total).padStart(5),
        report.ms.toFixed(1).padStart(20),
        `${exported.ms.toFixed(1)} ms, ${units}, ${(Buffer.byteLength(xml) / 1024).toFixed(0)} KB`.padStart(36),
        `${imported.ms.toFixed(0)} ms, ${imported.last.report.applied} (status ${imported.last.status})`.padStart(34),
      )
    }
    await closePayload(payload)
  } finally {
    await db.stop()
    await fs.rm(dir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
