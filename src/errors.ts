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
