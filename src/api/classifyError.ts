import { causeChain } from '../errors'
import type { ServerMessage } from '../i18n/serverMessages'

/**
 * What an error thrown while answering a request means for the caller: their mistake (4xx), the
 * database being out of reach (503), or the server's own failure (500). One reading shared by the
 * API's error responses and the logger, so that what is answered and what is logged agree.
 */
export type ErrorClass =
  // `message` is what the log says; the caller is answered with `code`'s message in their language
  // (src/i18n/serverMessages.ts). A refusal without a code (Payload's own, ours made by `refusal`)
  // is already said in it.
  | { kind: 'refused'; status: number; message: string; code?: ServerMessage }
  | { kind: 'unavailable'; status: 503; message: string; retryAfterSeconds: number; code: ServerMessage }
  | { kind: 'server' }

/** Seconds a client is told to wait before trying again while the database is out of reach. */
export const DATABASE_RETRY_AFTER_SECONDS = 10

/** How an unreachable database is answered. */
export const databaseUnavailable = {
  kind: 'unavailable',
  status: 503,
  message: 'The database is not reachable right now. Please try again in a few seconds.',
  code: 'apiDatabaseUnavailable',
  retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
} as const satisfies ErrorClass

// PostgreSQL SQLSTATE classes: 22 = data exception (a value that does not fit its column: "abc" or
// 2147483648 for an integer, an unknown enum value); 08 = connection exception; 57P = the server is
// shutting down or starting up. Node's own codes for a server that cannot be reached.
const unreachableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE'])
const unreachableMessages = [
  // Payload's Postgres adapter rethrows some as text only: "cannot begin transaction: connect ECONNREFUSED …".
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH)\b/,
  /cannot (begin transaction|connect to postgres)/i,
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection error/i,
  /cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
]

const codeOf = (error: Record<string, unknown>) => (typeof error.code === 'string' ? error.code : '')

function isDatabaseUnreachable(error: unknown): boolean {
  for (const link of causeChain(error)) {
    const code = codeOf(link)
    if (unreachableCodes.has(code) || code.startsWith('08') || code.startsWith('57P')) return true
    if (typeof link.message === 'string' && unreachableMessages.some((pattern) => pattern.test(link.message as string)))
      return true
    // AggregateError (several addresses tried) carries the reasons in `errors`.
    if (Array.isArray(link.errors) && link.errors.some(isDatabaseUnreachable)) return true
  }
  return false
}

function isInvalidValue(error: unknown): boolean {
  for (const link of causeChain(error)) if (codeOf(link).startsWith('22')) return true
  return false
}

export function classifyError(error: unknown): ErrorClass {
  const status = (error as { status?: unknown } | null)?.status
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Its own code, if any, is in its `data` (kept by answerKnownErrors).
    return { kind: 'refused', status, message: (error as Error).message || 'Bad request.' }
  }
  // Before the database: an unreachable store fails with the same Node codes (ECONNREFUSED…).
  if (isStorageUnreachable(error)) return mediaStorageUnavailable
  if (isDatabaseUnreachable(error)) return databaseUnavailable
  if (isInvalidValue(error)) {
    return {
      kind: 'refused',
      status: 400,
      message: 'A value in the request does not fit the field it is compared with.',
      code: 'apiValueDoesNotFit',
    }
  }
  // A query string or body that is not the JSON it claims to be (e.g. `?where=notjson`).
  if (error instanceof SyntaxError && /JSON/.test(error.message)) {
    return { kind: 'refused', status: 400, message: 'The request contains malformed JSON.', code: 'apiMalformedJson' }
  }
  // decodeURIComponent on a malformed percent-escape (e.g. `/api/faqs/%ZZ`).
  if (error instanceof URIError) {
    return {
      kind: 'refused',
      status: 400,
      message: 'The address is not valid: it contains a malformed percent-escape.',
      code: 'apiMalformedAddress',
    }
  }
  return { kind: 'server' }
}

/**
 * How an unreachable media bucket (S3_BUCKET, src/media/storage.ts) is answered: the upload is
 * refused and nothing is stored (the adapter writes the files inside the save's transaction).
 */
export const mediaStorageUnavailable = {
  kind: 'unavailable',
  status: 503,
  // What the log says (an upload or a file read); the caller gets errMediaStorageUnavailable in its language.
  message: 'The image storage (S3_BUCKET) is not answering.',
  retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  code: 'errMediaStorageUnavailable',
} as const satisfies ErrorClass

/**
 * An error of the AWS SDK (it carries `$metadata`) that got no answer from the store (connection
 * refused or reset, a timeout, an unknown host) or a 5xx from it. A 4xx (wrong credentials, no such
 * bucket) is a setting to fix, not an outage: it stays a server error, logged with its stack.
 */
function isStorageUnreachable(error: unknown): boolean {
  for (const link of causeChain(error)) {
    const metadata = link.$metadata
    if (!metadata || typeof metadata !== 'object') continue
    const status = (metadata as { httpStatusCode?: unknown }).httpStatusCode
    return typeof status !== 'number' || status >= 500
  }
  return false
}

/** One log line for an error: its class and message, never SQL, parameters, bodies or stacks. */
export function oneLine(error: unknown, errorClass: Exclude<ErrorClass, { kind: 'server' }>): string {
  const name = (error as { name?: unknown } | null)?.name
  const label = typeof name === 'string' && name.length > 2 ? name : 'Error'
  return `${errorClass.status} ${label}: ${errorClass.message.replace(/[\r\n\t\u0000-\u001f\u007f]+/g, ' ').slice(0, 300)}`
}
