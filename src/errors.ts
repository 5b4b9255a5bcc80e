import { APIError } from 'payload'

/**
 * A refused request (4xx) whose message is for the caller. Logged at info level as one line
 * (src/api/logger.ts), so the log's errors stay the server's own.
 */
export class RequestError extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    this.name = 'RequestError'
  }
}

/** An error and what it was caused by, outermost first (Drizzle wraps pg's error in `cause`). */
export function* causeChain(error: unknown, depthLimit = 5): Generator<Record<string, unknown>> {
  let current = error
  for (let depth = 0; current && typeof current === 'object' && depth < depthLimit; depth++) {
    yield current as Record<string, unknown>
    current = (current as { cause?: unknown }).cause
  }
}
