/**
 * A process that counts three page views and, on SIGTERM, stops the way scripts/serve.ts does:
 * the registered insights flush, then the database pool, then exit 0. Run with tsx by
 * tests/int/insights.test.ts (INSIGHTS_FLUSH_SECONDS long, so only the stop can write them).
 */
import { closePayload } from '../../../src/db/pool'
import { flushRegisteredInsights } from '../../../src/insights/shutdown'
import { ownStopSignals } from '../../../src/runtime/signals'
import { loadPayloadConfig } from '../../../src/runtime/loadConfig'

const { getPayload } = await import('payload')
const payload = await getPayload({ config: await loadPayloadConfig() })
const { countView, pendingInsights } = await import('../../../src/insights/counter')
for (let i = 0; i < 3; i++) countView(payload, { path: '/en/kit', locale: 'en', referrerHost: '' })
console.log(`COUNTED ${pendingInsights() === 1 ? 3 : -1}`)
ownStopSignals(() => {
  void flushRegisteredInsights(console.log)
    .then(() => closePayload(payload))
    .finally(() => process.exit(0))
})
console.log('READY')
