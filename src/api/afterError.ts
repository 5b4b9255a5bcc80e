import type { AfterErrorHook } from 'payload'

import { serverText } from '../errors'
import { classifyError } from './classifyError'

/**
 * Answers what `classifyError` recognises with its real status instead of Payload's 500
 * "Something went wrong.": a value that does not fit its column is a 400, an unreachable database
 * a 503 with Retry-After (what a balancer and a client expect), and so is an unreachable media
 * bucket; each with its stable code and its message in the request's language.
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
  // instances of its own classes, which those of a production build may not be: it is kept here.
  const status = (error as { status?: unknown }).status
  if (errorClass.kind === 'refused' && typeof status === 'number') {
    const data = (error as { data?: Record<string, unknown> | null }).data
    if (data === null || data === undefined) return
    const { name, message } = error as Error
    return { response: { errors: [{ name, message, data }] }, status }
  }
  const message = errorClass.code ? serverText(req, errorClass.code) : errorClass.message
  const data = errorClass.code ? { data: { code: errorClass.code } } : {}
  return { response: { errors: [{ message, ...data }] }, status: errorClass.status }
}
