/**
 * `npm run bench:scale`: how the public data layer and search grow with content. Starts its own
 * throwaway PostgreSQL (never the development data), applies the migrations, and with 10, 100
 * and 1,000 published FAQs measures the FAQ index and detail data loads (time and SQL statements;
 * beyond 100 FAQs the index page loads the questions only, see src/data/faqIndex.ts),
 * the sitemap and search. Baseline: the same loads at 10 FAQs. With a production build present
 * (`npm run build` first), it also times whole page renders, uncached and cached, on `next start`
 * against the same database, and what the FAQ index's HTML is made of (RSC payload, JSON-LD, visible
 * text) as it grows. Prints figures; asserts nothing.
 */
import { gzipSync } from 'node:zlib'

import { paragraphsToLexical } from '../src/fields/richText'
import { type RenderServer, startRenderServer } from './renderTimes'
import { median, runBench, withBenchPayload } from './support'

async function main(): Promise<void> {
  await withBenchPayload(async (payload) => {
    const { listFaqs, getFaq } = await import('../src/data/faqs')
    const { listFaqIndex } = await import('../src/data/faqIndex')
    const { searchContent } = await import('../src/data/search')
    const { default: sitemap } = await import('../src/app/sitemap')
    const server = await startRenderServer()
    try {
      // Every SQL statement the data layer sends goes through the pool.
      const pool = (payload.db as unknown as { pool: { query: (...args: unknown[]) => unknown } }).pool
      let statements = 0
      const query = pool.query.bind(pool)
      pool.query = (...args: unknown[]) => {
        statements++
        return query(...args)
      }
      const measure = async (run: () => Promise<unknown>, times = 10) => {
        const durations: number[] = []
        let perRun = 0
        for (let i = 0; i < times; i++) {
          statements = 0
          const started = performance.now()
          await run()
          durations.push(performance.now() - started)
          perRun = statements
        }
        return { ms: median(durations), statements: perRun }
      }

      let created = 0
      const growTo = async (total: number) => {
        for (; created < total; created++) {
          const n = created + 1
          const doc = await payload.create({
            collection: 'faqs',
            locale: 'it',
            data: {
              question: `Domanda numero ${n} sulla coreografia delle scene intime?`,
              answer: paragraphsToLexical([
                `Risposta ${n}: la coreografia tutela gli interpreti e la visione della regia.`,
              ]),
              section: 'the-role',
              order: n,
              _status: 'published',
            },
            context: { disableRevalidate: true },
          })
          await payload.update({
            collection: 'faqs',
            id: doc.id,
            locale: 'en',
            data: {
              question: `Question number ${n} about choreographing intimate scenes?`,
              answer: paragraphsToLexical([`Answer ${n}: choreography protects performers and the director's vision.`]),
              _status: 'published',
            },
            context: { disableRevalidate: true },
          })
        }
      }

      console.log(
        'FAQs   index load (ms, SQL)   index page data (ms, SQL)   detail load (ms, SQL)   sitemap (ms)   search "coreografia" it (ms)   search "choreography" en (ms)',
      )
      let baseline: number | undefined
      const renders: Array<{ total: number } & Awaited<ReturnType<typeof pageFigures>>> = []
      for (const total of [10, 100, 1000]) {
        await growTo(total)
        const index = await measure(() => listFaqs('en'))
        // What the index page loads: the same, or beyond FAQ_INDEX_ANSWERS_LIMIT the questions only.
        const indexPage = await measure(() => listFaqIndex('en'))
        const detail = await measure(() =>
          getFaq('en', `question-number-${Math.ceil(total / 2)}-about-choreographing-intimate-scenes`),
        )
        const map = await measure(() => sitemap(), 5)
        const searchIt = await measure(() => searchContent('it', 'coreografia'), 20)
        const searchEn = await measure(() => searchContent('en', 'choreography'), 20)
        baseline ??= index.ms
        console.log(
          String(total).padStart(5),
          `${index.ms.toFixed(1)} ms, ${index.statements} SQL`.padStart(22),
          `${indexPage.ms.toFixed(1)} ms, ${indexPage.statements} SQL`.padStart(27),
          `${detail.ms.toFixed(1)} ms, ${detail.statements} SQL`.padStart(23),
          map.ms.toFixed(1).padStart(14),
          searchIt.ms.toFixed(1).padStart(28),
          searchEn.ms.toFixed(1).padStart(30),
          `  (index ×${(index.ms / baseline).toFixed(1)} vs 10 FAQs)`,
        )
        if (server) {
          const detailPage = `/en/faq/question-number-${Math.ceil(total / 2)}-about-choreographing-intimate-scenes`
          renders.push({ total, ...(await pageFigures(server, ['/en/faq', detailPage], total)) })
        }
      }
      if (!server) console.log('\nWhole-page renders skipped: run `npm run build` first.')
      else {
        console.log('\nWhole page on next start   uncached /en/faq   cached /en/faq   uncached FAQ detail   server RSS')
        for (const r of renders) {
          console.log(
            `${String(r.total).padStart(5)} FAQs`.padEnd(26),
            `${r.index.toFixed(0)} ms`.padStart(16),
            `${r.cached.toFixed(1)} ms`.padStart(16),
            `${r.detail.toFixed(0)} ms`.padStart(21),
            `${r.rss.toFixed(0)} MB`.padStart(12),
            r.complete ? '' : '  (page did not list every FAQ with its anchor!)',
          )
        }
        console.log(
          '\n/en/faq HTML (KB)          whole page   gzipped   inline RSC payload   JSON-LD   visible text   page/text',
        )
        for (const { total, size } of renders) {
          console.log(
            `${String(total).padStart(5)} FAQs`.padEnd(26),
            kb(size.html).padStart(10),
            kb(size.gzipped).padStart(9),
            kb(size.payload).padStart(20),
            kb(size.jsonLd).padStart(9),
            kb(size.text).padStart(14),
            `${(size.html / size.text).toFixed(1)}×`.padStart(11),
          )
        }
      }
    } finally {
      server?.stop()
    }
  })
}

/** Medians of whole-page renders: fresh (on-demand revalidation) and from the page cache. */
async function pageFigures(server: RenderServer, [index, detail]: [string, string], total: number) {
  const fresh: number[] = []
  let html = ''
  // The first renders after the content grew warm up the server (JIT, connections): not counted.
  for (let i = 0; i < 3; i++) await server.uncached(index)
  for (let i = 0; i < 7; i++) {
    const render = await server.uncached(index)
    fresh.push(render.ms)
    html = render.html
  }
  const cached: number[] = []
  for (let i = 0; i < 20; i++) cached.push(await server.cached(index))
  const details: number[] = []
  for (let i = 0; i < 5; i++) details.push((await server.uncached(detail)).ms)
  return {
    index: median(fresh),
    cached: median(cached),
    detail: median(details),
    rss: server.rssMb(),
    complete: html.includes(`Question number ${total} about`) && html.includes(`id="q-${total}"`),
    size: htmlParts(html),
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

/**
 * What a page's HTML is made of, in bytes: the whole, gzipped, the RSC payload Next inlines for
 * hydration (its `self.__next_f.push` scripts), the JSON-LD, and the text a visitor sees (the
 * HTML without scripts, styles and tags, whitespace collapsed).
 */
function htmlParts(html: string) {
  const bytes = (text: string) => Buffer.byteLength(text)
  const scripts = (pattern: RegExp) => [...html.matchAll(pattern)].reduce((sum, m) => sum + bytes(m[0]), 0)
  const text = html
    .replace(/<(script|style|title)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
  return {
    html: bytes(html),
    gzipped: gzipSync(html).length,
    payload: scripts(/<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g),
    jsonLd: scripts(/<script type="application\/ld\+json"[\s\S]*?<\/script>/g),
    text: bytes(text),
  }
}

runBench(main)
