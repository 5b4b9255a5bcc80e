import type { AfterErrorHook } from 'payload'

import { serverText } from '../errors'
import { classifyError } from './classifyError'

/**
 * The stable code of a refusal that Payload made itself (`Forbidden`, `NotFound`, `ValidationError`,
 * `UnauthorizedError`, `Locked`…), which carries none: by its status, since a production build's
 * class names are minified and its classes may be other copies than ours (neither `name` nor
 * `instanceof` can be trusted); a 400 whose data lists fields (a ValidationError, whose
 * `data.errors` the admin marks on the form) or paths (a QueryError) by that shape. Its message
 * stays Payload's, already in the caller's language (src/i18n/payloadStrings.ts overrides some).
 */
export const payloadRefusalCodes = {
  400: 'apiBadRequest',
  401: 'apiUnauthorized',
  403: 'apiForbidden',
  404: 'apiNotFound',
  405: 'apiMethodNotAllowed',
  409: 'apiConflict',
  413: 'apiTooLarge',
  415: 'apiUnsupportedMediaType',
  423: 'apiLocked',
  429: 'apiTooManyRequests',
} as const
/** Any other 4xx of Payload's. */
export const PAYLOAD_REFUSAL_CODE = 'apiRefused'
export const INVALID_FIELDS_CODE = 'apiInvalidFields'
export const UNQUERYABLE_PATHS_CODE = 'apiUnqueryablePaths'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** `data` with a stable code: its own when it has one (our refusals), else Payload's by status and shape. */
export function withRefusalCode(status: number, data: unknown): Record<string, unknown> {
  if (isRecord(data) && typeof data.code === 'string') return data
  // A QueryError's data is the list of paths that cannot be queried: kept, under `errors`.
  if (Array.isArray(data)) return { code: UNQUERYABLE_PATHS_CODE, errors: data }
  if (isRecord(data) && Array.isArray(data.errors)) return { ...data, code: INVALID_FIELDS_CODE }
  const code = payloadRefusalCodes[status as keyof typeof payloadRefusalCodes] ?? PAYLOAD_REFUSAL_CODE
  return { ...(isRecord(data) ? data : {}), code }
}

/**
 * Answers what `classifyError` recognises with its real status instead of Payload's 500
 * "Something went wrong.": a value that does not fit its column is a 400, an unreachable database
 * a 503 with Retry-After (what a balancer and a client expect), and so is an unreachable media
 * bucket; each with its stable code and its message in the request's language. Every other 4xx
 * keeps its status and message and gets a stable code too (`withRefusalCode`).
 */
export const answerKnownErrors: AfterErrorHook = ({ error, req }) => {
  const errorClass = classifyError(error)
  if (errorClass.kind === 'server') return
  if (errorClass.kind === 'unavailable') {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(errorClass.retryAfterSeconds))
  }
  // Payload's own 4xx (and ours) carry their status and message, and `data`: the invalid fields (which
  // the admin marks), or our stable code. Payload's formatter keeps `data` only for errors that are
  // instances of its own classes, which those of a production build may not be: it is kept here,
  // with a stable code added where it has none.
  const status = (error as { status?: unknown }).status
  if (errorClass.kind === 'refused' && typeof status === 'number') {
    const { name, message } = error as Error
    const data = (error as { data?: unknown }).data
    // As Payload's formatter answers: the class's name only beside data of its own.
    const named = data === null || data === undefined ? {} : { name }
    return { response: { errors: [{ ...named, message, data: withRefusalCode(status, data) }] }, status }
  }
  const message = errorClass.code ? serverText(req, errorClass.code) : errorClass.message
  const data = errorClass.code ? { data: { code: errorClass.code } } : {}
  return { response: { errors: [{ message, ...data }] }, status: errorClass.status }
}
