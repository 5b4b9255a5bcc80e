import type { AfterErrorHook } from 'payload'

import { classifyError } from './classifyError'

/**
 * Answers what `classifyError` recognises with its real status instead of Payload's 500
 * "Something went wrong.": a value that does not fit its column is a 400, an unreachable database
 * a 503 with Retry-After (what a balancer and a client expect).
 */
export const answerKnownErrors: AfterErrorHook = ({ error, req }) => {
  const errorClass = classifyError(error)
  if (errorClass.kind === 'server') return
  if (errorClass.kind === 'unavailable') {
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(errorClass.retryAfterSeconds))
  }
  // Payload's own 4xx (and ours) already carry their status, message and, for validation, the fields.
  if (errorClass.kind === 'refused' && typeof (error as { status?: unknown }).status === 'number') return
  return { response: { errors: [{ message: errorClass.message }] }, status: errorClass.status }
}
