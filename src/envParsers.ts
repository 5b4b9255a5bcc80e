/**
 * How one environment variable is read: its expected form (said in the error when a value does not
 * have it) and its default. Pure functions that never read the environment: src/env.ts applies them.
 * An empty value is the same as an unset one (`FOO=` in a `.env` file means "the default").
 */
export interface Parser<T> {
  /** The expected form, as the start-up error says it: "a whole number from 1 to 65535". */
  expected: string
  /** The value of `raw` (already trimmed, never empty), or undefined when it does not have the form. */
  read: (raw: string) => T | undefined
  fallback: T
  /** The value as the error shows it, when it may hold a secret (an address's password). */
  shown?: (raw: string) => string
}

/** A value that does not have its variable's form: names the variable, the value and the form. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly value: string,
    readonly expected: string,
  ) {
    super(`${variable}: "${value.slice(0, 80)}" is not ${expected}.`)
    this.name = 'ConfigError'
  }
}

export function parse<T>(name: string, parser: Parser<T>, value: string | undefined, trim = true): T {
  const raw = trim ? value?.trim() : value
  if (raw === undefined || raw === '') return parser.fallback
  const parsed = parser.read(raw)
  if (parsed === undefined) throw new ConfigError(name, parser.shown?.(raw) ?? raw, parser.expected)
  return parsed
}

/** Free text; with no fallback, undefined when unset. */
export function text(): Parser<string | undefined>
export function text(fallback: string): Parser<string>
export function text(fallback?: string): Parser<string | undefined> {
  return { expected: 'text', read: (raw) => raw, fallback }
}

/** Text of a given form (a size such as `256mb`, a log level), checked by `pattern`. */
export function matching(pattern: RegExp, expected: string, fallback: string): Parser<string>
export function matching(pattern: RegExp, expected: string): Parser<string | undefined>
export function matching(pattern: RegExp, expected: string, fallback?: string): Parser<string | undefined> {
  return { expected, read: (raw) => (pattern.test(raw) ? raw : undefined), fallback }
}

/** One of a few words. */
export const oneOf = <const W extends string>(words: readonly W[], fallback: W): Parser<W> => ({
  expected: `one of ${words.join(', ')}`,
  read: (raw) => words.find((word) => word === raw),
  fallback,
})

/** `true` or `false` (also `1` / `0`). */
export function flag(fallback: boolean): Parser<boolean>
export function flag(): Parser<boolean | undefined>
export function flag(fallback?: boolean): Parser<boolean | undefined> {
  const words: Record<string, boolean> = {
    ...{ true: true, '1': true, yes: true, on: true },
    ...{ false: false, '0': false, no: false, off: false },
  }
  return { expected: 'true or false (1/0, yes/no, on/off)', read: (raw) => words[raw.toLowerCase()], fallback }
}

/** A whole number from `min` to `max`. */
export function integer(min: number, max: number, fallback: number): Parser<number>
export function integer(min: number, max: number): Parser<number | undefined>
export function integer(min: number, max: number, fallback?: number): Parser<number | undefined> {
  const expected =
    max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`
  const read = (raw: string) => {
    const value = Number(raw)
    return /^\d+$/.test(raw) && value >= min && value <= max ? value : undefined
  }
  return { expected, read, fallback }
}

/** A TCP port. */
export const port = (fallback: number): Parser<number> => integer(1, 65535, fallback)

/** A number (decimals allowed) of at least `min`, or above it when `exclusive`. */
export function decimal(min: number, fallback: number, exclusive = true): Parser<number> {
  return {
    expected: exclusive ? `a number above ${min}` : `a number of at least ${min}`,
    read: (raw) => {
      const value = Number(raw)
      return /^\d+(\.\d+)?$/.test(raw) && (exclusive ? value > min : value >= min) ? value : undefined
    },
    fallback,
  }
}

/**
 * An absolute address with one of `protocols` (without the colon); kept as written. With `hostless`,
 * an address without a host is one too (PostgreSQL over a Unix socket: `postgres:///db?host=/run/…`).
 */
export function address(
  protocols: readonly string[],
  form: string,
  { hostless = false } = {},
): Parser<string | undefined> {
  return {
    expected: form,
    read: (raw) => {
      try {
        const url = new URL(raw)
        return protocols.includes(url.protocol.slice(0, -1)) && (url.host || hostless) ? raw : undefined
      } catch {
        return undefined
      }
    },
    fallback: undefined,
  }
}

// The password of `scheme://user:password@host`, hidden wherever the text stands (it need not be a URL).
const withoutPassword = (raw: string) => raw.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@')

declare const postgresForm: unique symbol
/**
 * A PostgreSQL address that has its form: the DATABASE_URL parser is the one place that checks it
 * (src/env.ts), and code that connects takes this type, never a string it would have to check again.
 */
export type DatabaseUrl = string & { readonly [postgresForm]: true }

/**
 * A PostgreSQL address: `postgres://` or `postgresql://`, with a host, or without one over a Unix
 * socket (`postgres:///scena?host=/var/run/postgresql`). A bad value is shown without its password.
 */
export function postgresAddress(): Parser<DatabaseUrl | undefined> {
  const form = 'a postgres://USER:PASSWORD@HOST:PORT/DATABASE address'
  const { read } = address(['postgres', 'postgresql'], form, { hostless: true })
  return {
    expected: form,
    read: (raw) => read(raw) as DatabaseUrl | undefined,
    fallback: undefined,
    shown: withoutPassword,
  }
}

/** A comma-separated list; its items are checked where they are used (addresses, keys). */
export const list = (): Parser<string[]> => ({
  expected: 'a comma-separated list',
  read: (raw) =>
    raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  fallback: [],
})
