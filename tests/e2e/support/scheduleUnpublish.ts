/**
 * Schedules an entry to be unpublished in N seconds, as the admin's "schedule unpublish" does.
 * Usage: tsx tests/e2e/support/scheduleUnpublish.ts <faq id> <seconds>, with the server's DATABASE_URL.
 */
import { closePayload } from '../../../src/db/pool'
import { loadPayloadConfig } from '../../../src/runtime/loadConfig'

const [id, seconds] = process.argv.slice(2).map(Number)
const config = await loadPayloadConfig()
const { getPayload } = await import('payload')
const payload = await getPayload({ config })
await payload.jobs.queue({
  task: 'schedulePublish',
  queue: 'default',
  waitUntil: new Date(Date.now() + (seconds ?? 2) * 1000),
  input: { type: 'unpublish', locale: 'it', doc: { relationTo: 'faqs', value: id! } },
})
await closePayload(payload)
process.exit(0)
