/**
 * The flush that src/insights/counter.ts registers under a process-wide symbol, called by the
 * server when it stops (scripts/serve.ts): the app's bundle has its own copy of the counter
 * module, so the server cannot import it. Nothing to do when no page view was ever counted here.
 */
export async function flushRegisteredInsights(log: (line: string) => void): Promise<void> {
  const flush = (globalThis as Record<symbol, unknown>)[Symbol.for('scena.insights.flush')]
  if (typeof flush !== 'function') return
  await (flush as () => Promise<void>)().catch((error: unknown) => log(`Insights not written: ${String(error)}`))
}
