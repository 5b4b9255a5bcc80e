import { APIError, type PayloadRequest } from 'payload'

import type { ServerMessage } from './i18n/serverMessages'

/**
 * A refused request (4xx) whose message is for the caller. Logged at info level as one line
 * (src/api/logger.ts), so the log's errors stay the server's own.
 */
export class RequestError extends APIError {
  constructor(message: string, status: number, code?: ServerMessage) {
    super(message, status, code ? { code } : null, true)
    this.name = 'RequestError'
  }
}

/** A message of src/i18n/serverMessages.ts in the request's language (the admin user's, or Accept-Language). */
export const serverText = (req: PayloadRequest, code: ServerMessage, vars?: Record<string, unknown>): string =>
  (req.t as (key: string, vars?: Record<string, unknown>) => string)(`scena:${code}`, vars)

/** A refusal in the request's language, with its stable code in `errors[0].data.code`. */
export const refusal = (req: PayloadRequest, status: number, code: ServerMessage, vars?: Record<string, unknown>) =>
  new RequestError(serverText(req, code, vars), status, code)

/** An error and what it was caused by, outermost first (Drizzle wraps pg's error in `cause`). */
export function* causeChain(error: unknown, depthLimit = 5): Generator<Record<string, unknown>> {
  let current = error
  for (let depth = 0; current && typeof current === 'object' && depth < depthLimit; depth++) {
    yield current as Record<string, unknown>
    current = (current as { cause?: unknown }).cause
  }
}
