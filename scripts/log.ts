/** One-line, prefixed output for the start-up scripts; errors without a stack-trace wall. */
export const log = (line: string) => console.log(`[scena] ${line}`)

export function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`[scena] ${message}`)
  if (process.env.SCENA_DEBUG && error instanceof Error) console.error(error.stack)
  process.exit(1)
}
