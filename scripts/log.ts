import { env } from '../src/env'

/** One-line, prefixed output for the start-up scripts; errors without a stack-trace wall. */
export const log = (line: string) => console.log(`[scena] ${line}`)

// Asked while failing, perhaps because of a bad setting: a bad SCENA_DEBUG itself means no.
const stackWanted = (): boolean => {
  try {
    return env.SCENA_DEBUG
  } catch {
    return false
  }
}

export function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`[scena] ${message}`)
  if (stackWanted() && error instanceof Error) console.error(error.stack)
  process.exit(1)
}
