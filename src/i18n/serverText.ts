import { type ServerMessage, serverMessages } from './serverMessages'

export type Language = keyof typeof serverMessages
type Vars = Record<string, unknown>

/**
 * The language of a request that has no Payload request around it (a Next route, the body reader,
 * the HTTP server): as Payload chooses it for its own, the admin's language cookie, then the
 * browser's first preference, else Italian (Payload's fallback language).
 */
export function requestLanguage(headers: Pick<Headers, 'get'>): Language {
  const cookie = /(?:^|;\s*)payload-lng=(it|en)\b/.exec(headers.get('cookie') ?? '')?.[1]
  if (cookie) return cookie as Language
  return /^\s*en\b/i.test(headers.get('accept-language') ?? '') ? 'en' : 'it'
}

/** A message of src/i18n/serverMessages.ts in `language`; `count` picks `_one` or `_other`. */
export function serverTextIn(language: Language, code: ServerMessage, vars: Vars = {}): string {
  const messages = serverMessages[language] as Record<string, string>
  const plural = `${code}_${vars.count === 1 ? 'one' : 'other'}`
  const text = messages[code] ?? messages[plural] ?? code
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''))
}

/** The message in the language `headers` ask for. */
export const serverTextFor = (headers: Pick<Headers, 'get'>, code: ServerMessage, vars?: Vars): string =>
  serverTextIn(requestLanguage(headers), code, vars)

/** The header that carries the stable code of a refusal answered as plain text (the API's is in its JSON). */
export const REFUSAL_CODE_HEADER = 'X-Error-Code'

/**
 * A refusal off the API, read by a person (a form post, an address, an image): its message as plain
 * text in `language`, its stable code in REFUSAL_CODE_HEADER, never cached.
 */
export function plainRefusal(language: Language, status: number, code: ServerMessage, vars?: Vars): Response {
  return new Response(`${serverTextIn(language, code, vars)}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', [REFUSAL_CODE_HEADER]: code },
  })
}
