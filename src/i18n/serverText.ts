import { type ServerMessage, serverMessages } from './serverMessages'

type Language = keyof typeof serverMessages
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
