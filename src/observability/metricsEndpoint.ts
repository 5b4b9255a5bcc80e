import type { Endpoint, PayloadRequest } from 'payload'

import { refusalResponse } from '../errors'
import type { ServerMessage } from '../i18n/serverMessages'
import { refreshAppGauges } from './appGauges'
// Registers the request metrics here too, so their families are listed even where no
// scripts/serve.ts counts requests (`next dev`).
import './httpMetrics'
import { metricsAccess } from './metricsAccess'
import { metricsRegistry } from './registry'

const noStore = { 'Cache-Control': 'no-store' }

// Answered rather than thrown: a 401 must carry WWW-Authenticate, which Payload's error handler
// has no way to add.
const refused = (req: PayloadRequest, status: number, code: ServerMessage, headers: Record<string, string> = {}) =>
  refusalResponse(req, status, code, undefined, { ...noStore, ...headers })

/**
 * GET /api/metrics: this instance's figures in Prometheus' text format (README, "Metrics").
 * Switched off (404) until METRICS_TOKEN or METRICS_ALLOW_FROM is set: with neither, nothing could
 * ever be allowed, so the honest answer is that there is nothing here, rather than a 401 no token
 * can satisfy.
 */
export const metricsEndpoint: Endpoint = {
  path: '/metrics',
  method: 'get',
  handler: async (req) => {
    switch (metricsAccess(req.headers)) {
      case 'off':
        return refused(req, 404, 'errMetricsOff')
      case 'unauthorized':
        return refused(req, 401, 'errMetricsToken', { 'WWW-Authenticate': 'Bearer realm="metrics"' })
      case 'forbidden':
        return refused(req, 403, 'errMetricsAddress')
      case 'allowed':
        break
    }
    await refreshAppGauges(req.payload)
    const registry = metricsRegistry()
    return new Response(await registry.metrics(), { headers: { ...noStore, 'Content-Type': registry.contentType } })
  },
}
