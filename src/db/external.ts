import pg from 'pg'

import type { DatabaseUrl } from '../env'

/**
 * Where a PostgreSQL address points, without its password: a host and port, or the folder of a
 * Unix socket (`postgres:///scena?host=/var/run/postgresql`, as node-postgres reads it). Its form
 * was checked where it was read (`env.DATABASE_URL`, src/env.ts), so there is nothing to refuse here.
 */
export function describeDatabaseUrl(address: DatabaseUrl): { host: string; port: string; database: string } {
  const url = new URL(address)
  const host = url.searchParams.get('host') || decodeURIComponent(url.hostname) || 'localhost'
  const port = url.port || url.searchParams.get('port') || '5432'
  return { host, port, database: decodeURIComponent(url.pathname.slice(1)) || '(default)' }
}

/** Connects once so that a wrong URL fails with one clear line before the app starts. */
export async function checkDatabaseUrl(address: DatabaseUrl, timeoutMs = 5000): Promise<void> {
  const { host, port, database } = describeDatabaseUrl(address)
  // A socket is a file in that folder, named by the port.
  const where = host.startsWith('/') ? `the socket ${host.replace(/\/$/, '')}/.s.PGSQL.${port}` : `${host}:${port}`
  const client = new pg.Client({ connectionString: address, connectionTimeoutMillis: timeoutMs })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    const why = err.code ? `${err.code}: ${err.message}` : err.message
    throw new Error(
      `Cannot reach PostgreSQL at ${where} (database "${database}"): ${why}. ` +
        'Check that the server is running and that DATABASE_URL has the right host, port, user, password and database.',
      { cause: error },
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}
