/**
 * `npm run bench:translation`: how translation tooling grows with content. Starts its own
 * throwaway PostgreSQL (never the development data), applies the migrations, and with 10, 100
 * and 1,000 FAQs (Italian question + rich-text answer) measures the translation status report
 * (`translationReport`), the XLIFF export of everything (scope all) and the import of that file
 * with every target filled in (as a translator, one transaction). Then, at 1,000 FAQs of which
 * 250 are outdated (a sentence inserted in the Italian answer, a word changed in the question)
 * and 250 miss their English answer (whose second paragraph the translation memory knows): the
 * word-level diff per outdated field, the report with change summaries, the XLIFF export of the
 * work to do with translation-memory candidates — each beside its baseline without them — and
 * the diff of very long texts (bounded). Medians of a few runs. Prints figures; asserts nothing.
 */
import { paragraphsToLexical } from '../src/fields/richText'
import { median, runBench, withBenchPayload } from './support'

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!

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
      const english = source
        .replace(/Domanda/g, `Question (${run})`)
        .replace(/Risposta/g, `Answer (${run})`)
        .replace(secondParagraph, 'A second paragraph, because real answers have more than one.')
      return `<source>${source}</source><target>${english}</target>`
    })

const secondParagraph = 'Un secondo paragrafo, perché le risposte vere ne hanno più di uno.'

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
              secondParagraph,
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
    await diffAndMemory(payload, created)
  })
}

/** Diff, change summaries and translation-memory candidates at `total` FAQs (all translated by the loop above). */
async function diffAndMemory(payload: import('payload').Payload, total: number): Promise<void> {
  const { translationReport } = await import('../src/translation/report')
  const { exportXliff } = await import('../src/translation/xliff/exportXliff')
  const { entrySource } = await import('../src/translation/source')
  const { fieldHistory, keptSourceTexts } = await import('../src/translation/previousSource')
  const { latestInAllLocales, stateOf, pairsOf } = await import('../src/translation/values')
  const { translatableFields } = await import('../src/translation/fields')
  const { plainSource } = await import('../src/translation/sourceText')
  const { wordDiff } = await import('../src/translation/diff')

  const { docs: faqs } = await payload.find({
    collection: 'faqs',
    locale: 'it',
    draft: true,
    depth: 0,
    pagination: false,
    sort: 'order',
  })
  const quarter = Math.floor(total / 4)
  for (const faq of faqs.slice(0, quarter)) {
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'it',
      data: {
        question: String(faq.question).replace('sulla coreografia', 'sulla preparazione'),
        answer: paragraphsToLexical([
          `Risposta ${faq.order}: la coreografia tutela gli interpreti e la visione della regia. Si prepara prima delle riprese.`,
          secondParagraph,
        ]),
      },
      context: { disableRevalidate: true },
    })
  }
  for (const faq of faqs.slice(quarter, 2 * quarter)) {
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'en',
      draft: true,
      data: { answer: paragraphsToLexical(['']) },
      context: { disableRevalidate: true },
    })
  }

  // Diff per outdated field, as translation-source computes it (the kept Italian → the Italian now).
  const fields = translatableFields(payload.collections.faqs.config.fields)
  const docs = await latestInAllLocales(payload, 'faqs', {
    fieldNames: [...fields.map((f) => f.name), 'translationState'],
  })
  const perField: number[] = []
  let outdated = 0
  for (const doc of docs) {
    const state = stateOf(fields, doc)
    const kept = keptSourceTexts(doc)
    const pairs = pairsOf(fields, doc)
    for (const { name } of fields) {
      if (state.fields[name] !== 'outdated') continue
      outdated++
      const started = performance.now()
      fieldHistory(kept[name], pairs[name]?.source)
      perField.push(performance.now() - started)
    }
  }
  console.log(
    `\nAt ${total} FAQs (${quarter} outdated: ${outdated} fields; ${quarter} missing their English answer)`,
    `\n  diff per outdated field: median ${(median(perField) * 1000).toFixed(0)} µs, p95 ${(percentile(perField, 95) * 1000).toFixed(0)} µs, max ${(Math.max(...perField) * 1000).toFixed(0)} µs`,
  )

  const plain = await time(() => translationReport(payload, ['faqs']), 5)
  const withChanges = await time(() => translationReport(payload, ['faqs'], { changes: true }), 5)
  console.log(`  status report: ${plain.ms.toFixed(0)} ms; with change summaries ${withChanges.ms.toFixed(0)} ms`)

  const baseline = await time(
    () => exportXliff(payload, { collections: ['faqs'], scope: 'needs-work', candidates: false }),
    3,
  )
  const candidates = await time(() => exportXliff(payload, { collections: ['faqs'], scope: 'needs-work' }), 3)
  const count = (xml: string | null, pattern: RegExp) => (xml?.match(pattern) ?? []).length
  const size = (xml: string | null) => `${(Buffer.byteLength(xml ?? '') / 1024).toFixed(0)} KB`
  console.log(
    `  XLIFF export, needs-work (${count(baseline.last, /<unit /g)} units): without candidates ${baseline.ms.toFixed(0)} ms, ${size(baseline.last)}` +
      `; with candidates ${candidates.ms.toFixed(0)} ms, ${size(candidates.last)}, ${count(candidates.last, /<mtc:match /g)} candidates, ${count(candidates.last, /<note>Outdated:/g)} change notes`,
  )
  const missing = faqs[quarter]!
  const source = await time(() => entrySource(payload, 'faqs', missing.id), 5)
  const complete = faqs[2 * quarter]!
  const noWork = await time(() => entrySource(payload, 'faqs', complete.id), 5)
  console.log(
    `  translation-source of one entry: ${noWork.ms.toFixed(0)} ms when complete (baseline), ${source.ms.toFixed(0)} ms with a field to translate (memory read, ${source.last?.fields.answer?.suggestions.length ?? 0} suggestion)`,
  )

  // Very long texts: the diff stops at its bounds instead of growing with length × edits.
  const words = (n: number, word: (i: number) => string) => Array.from({ length: n }, (_, i) => word(i)).join(' ')
  const cases: Array<[string, string, string]> = [
    ['10,000-char textarea, a sentence inserted', words(1100, (i) => `parola${i}`), ''],
    ['10,000-char textarea, rewritten', words(1100, (i) => `parola${i}`), words(1100, (i) => `termine${i}`)],
    ['50,000-char rich text (kept maximum), one sentence inserted', words(5000, (i) => `parola${i % 997}`), ''],
    [
      '50,000-char rich text (kept maximum), rewritten',
      words(5000, (i) => `parola${i % 997}`),
      words(5000, (i) => `termine${i % 991}`),
    ],
  ]
  for (const [label, before, rewritten] of cases) {
    const after = rewritten || before.replace('parola500 ', 'parola500 nuova frase inserita qui. ')
    const run = await time(async () => wordDiff(plainSource(before), plainSource(after)), 3)
    console.log(
      `  ${label}: ${run.ms.toFixed(1)} ms, ${run.last ? `${run.last.length} parts` : 'too many changes (no diff)'}`,
    )
  }
}

runBench(main)
