import { APIError, type PayloadRequest } from 'payload'

import type { ServerMessage } from './i18n/serverMessages'
import { serverTextFor } from './i18n/serverText'

/**
 * A refused request (4xx) whose message is for the caller, in their language, with its stable code
 * in `errors[0].data.code`: made by `refusal` (a Payload request at hand) or `refusalFor` (only the
 * request's headers). Logged at info level as one line (src/api/logger.ts), so the log's errors
 * stay the server's own.
 */
export class RequestError extends APIError {
  /** `data`: what goes beside the code (where in a file, which reason), for a client to act on. */
  constructor(message: string, status: number, code: ServerMessage, data?: Record<string, unknown>) {
    super(message, status, { ...data, code }, true)
    this.name = 'RequestError'
  }
}

type Vars = Record<string, unknown>

/**
 * What is said, before the language is known: a message of src/i18n/serverMessages.ts by its code,
 * and its values; a value may itself be a `Said` (a reason inside a message), said in the same
 * language.
 */
export interface Said {
  code: ServerMessage
  vars?: Vars
}

export const said = (code: ServerMessage, vars?: Vars): Said => ({ code, vars })

const isSaid = (value: unknown): value is Said =>
  Boolean(value && typeof value === 'object' && 'code' in value && typeof (value as Said).code === 'string')

/**
 * An error raised where the request is not at hand (a parser, an encoder): its message is a code
 * and values, said in the caller's language by whoever catches it (`serverText(req, error)`).
 */
export class CodedError extends Error implements Said {
  constructor(
    readonly code: ServerMessage,
    readonly vars?: Vars,
  ) {
    super(code)
  }
}

const translated = (req: PayloadRequest, vars?: Vars): Vars | undefined =>
  vars && Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, isSaid(v) ? serverText(req, v) : v]))

/**
 * A message of src/i18n/serverMessages.ts in the request's language (the admin user's, or
 * Accept-Language). A request Payload has not given its translations yet (an error raised before
 * they were loaded) is answered by its headers, in the same order of preference.
 */
export function serverText(req: PayloadRequest, code: ServerMessage | Said, vars?: Vars): string {
  const message: Said = typeof code === 'string' ? { code, vars } : code
  if (typeof req.t !== 'function')
    return serverTextFor(req.headers ?? new Headers(), message.code, translated(req, message.vars))
  return (req.t as (key: string, vars?: Vars) => string)(`scena:${message.code}`, translated(req, message.vars))
}

/** A refusal in the request's language, with its stable code in `errors[0].data.code`. */
export const refusal = (req: PayloadRequest, status: number, code: ServerMessage, vars?: Vars) =>
  new RequestError(serverText(req, code, vars), status, code)

/** The same where only the request's headers are at hand (a Next route, a body being read). */
export const refusalFor = (headers: Pick<Headers, 'get'>, status: number, code: ServerMessage, vars?: Vars) =>
  new RequestError(serverTextFor(headers, code, vars), status, code)

const isPayloadRequest = (to: PayloadRequest | Pick<Headers, 'get'>): to is PayloadRequest =>
  typeof (to as PayloadRequest).t === 'function'

/**
 * A refusal as the response itself, in the form Payload answers its errors with: where a thrown one
 * cannot do (a header to add, such as WWW-Authenticate or Retry-After; a refusal not to be logged;
 * a route outside Payload). Said for `to`: Payload's request, or only the request's headers.
 */
export function refusalResponse(
  to: PayloadRequest | Pick<Headers, 'get'>,
  status: number,
  code: ServerMessage,
  vars?: Vars,
  responseHeaders?: HeadersInit,
): Response {
  const message = isPayloadRequest(to) ? serverText(to, code, vars) : serverTextFor(to, code, vars)
  return Response.json({ errors: [{ message, data: { code } }] }, { status, headers: responseHeaders })
}

/** An error and what it was caused by, outermost first (Drizzle wraps pg's error in `cause`). */
export function* causeChain(error: unknown, depthLimit = 5): Generator<Record<string, unknown>> {
  let current = error
  for (let depth = 0; current && typeof current === 'object' && depth < depthLimit; depth++) {
    yield current as Record<string, unknown>
    current = (current as { cause?: unknown }).cause
  }
}
