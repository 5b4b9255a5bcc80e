/**
 * Creates N draft FAQs and schedules each to be published in two seconds, as the admin's "schedule
 * publish" does; prints their ids as JSON. Run with tsx and the cluster's DATABASE_URL.
 */
import { paragraphsToLexical } from '../../../src/fields/richText'
import { closePayload } from '../../../src/db/pool'
import { loadPayloadConfig } from '../../../src/runtime/loadConfig'

const count = Number(process.argv[2] ?? 5)
const tag = process.argv[3] ?? Date.now().toString(36)

const config = await loadPayloadConfig()
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
const ids: number[] = []
for (let i = 0; i < count; i++) {
  const draft = await payload.create({
    collection: 'faqs',
    locale: 'it',
    draft: true,
    data: {
      question: `Programmata ${tag} ${i}?`,
      answer: paragraphsToLexical(['Più tardi.']),
      section: 'the-role',
      _status: 'draft',
    },
    context: { disableRevalidate: true },
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    queue: 'default',
    waitUntil: new Date(Date.now() + 2000),
    input: { type: 'publish', locale: 'it', doc: { relationTo: 'faqs', value: draft.id } },
  })
  ids.push(draft.id as number)
}
await closePayload(payload)
console.log(JSON.stringify(ids))
process.exit(0)
