import { APIError } from 'payload'

/**
 * A refused request (4xx) whose message is for the caller. Logged at info level (see
 * `loggingLevels` in payload.config.ts), so the log's errors stay the server's own.
 */
export class RequestError extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    this.name = 'RequestError'
  }
}

/** For Payload's `loggingLevels`, whose type lists only Payload's own error names. */
export const requestErrorLogLevel = { RequestError: 'info' } as const
