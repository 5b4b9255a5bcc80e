/**
 * `npm run bench:translation`: how translation tooling grows with content. Starts its own
 * throwaway PostgreSQL (never the development data), applies the migrations, and with 10, 100
 * and 1,000 FAQs (Italian question + rich-text answer) measures the translation status report
 * (`translationReport`), the XLIFF export of everything (scope all) and the import of that file
 * with every target filled in (as a translator, one transaction). Medians of a few runs.
 * Prints figures; asserts nothing.
 */
import { paragraphsToLexical } from '../src/fields/richText'
import { median, runBench, withBenchPayload } from './support'

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

/**
 * What a translator sends back: every unit with a target. Each run's English differs, so that
 * every import writes (an import skips targets equal to the stored English).
 */
const withTargets = (xml: string, run: number) =>
  xml
    .replace(/<target>(?:(?!<\/target>)[\s\S])*<\/target>/g, '')
    .replace(/<source>((?:(?!<\/source>)[\s\S])*)<\/source>/g, (_all, source: string) => {
      const english = source.replace(/Domanda/g, `Question (${run})`).replace(/Risposta/g, `Answer (${run})`)
      return `<source>${source}</source><target>${english}</target>`
    })

async function main(): Promise<void> {
  await withBenchPayload(async (payload) => {
    const { createLocalReq } = await import('payload')
    const { translationReport } = await import('../src/translation/report')
    const { exportXliff } = await import('../src/translation/xliff/exportXliff')
    const { importXliff } = await import('../src/translation/xliff/importXliff')
    const { contentCollectionSlugs } = await import('../src/collections/slugs')

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
    let run = 0
    for (const total of [10, 100, 1000]) {
      await growTo(total)
      const report = await time(() => translationReport(payload), 5)
      const exported = await time(() => exportXliff(payload, { collections: contentCollectionSlugs, scope: 'all' }), 3)
      const xml = withTargets(exported.last ?? '', run)
      const units = (xml.match(/<unit /g) ?? []).length
      const imported = await time(async () => {
        const req = await createLocalReq({ user }, payload)
        return importXliff(req, withTargets(exported.last ?? '', ++run))
      }, 3)
      console.log(
        String(total).padStart(5),
        report.ms.toFixed(1).padStart(20),
        `${exported.ms.toFixed(1)} ms, ${units}, ${(Buffer.byteLength(xml) / 1024).toFixed(0)} KB`.padStart(36),
        `${imported.ms.toFixed(0)} ms, ${imported.last.report.applied} (status ${imported.last.status})`.padStart(34),
      )
    }
  })
}

runBench(main)
