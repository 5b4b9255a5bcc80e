import type { IncomingMessage, ServerResponse } from 'node:http'

import { observeRequest } from './httpMetrics'
import { REQUEST_ID_HEADER, requestIdFor, withRequestId } from './requestId'

type Trust = (address: string, hop: number) => boolean

/**
 * What `scripts/serve.ts` does around every request: give it an id (the edge's, or a new one),
 * pass it to the app and back to the client in X-Request-Id, count and time the answer, and run
 * `serve` as that request, so every log line written meanwhile carries the id (src/api/logger.ts).
 */
export function serveObserved(req: IncomingMessage, res: ServerResponse, trust: Trust, serve: () => void): void {
  const requestId = requestIdFor(req, trust)
  req.headers[REQUEST_ID_HEADER] = requestId
  res.setHeader('X-Request-Id', requestId)
  observeRequest(req, res)
  withRequestId(requestId, serve)
}
