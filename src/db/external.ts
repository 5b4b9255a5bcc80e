import pg from 'pg'

/** Describes where a PostgreSQL URL points, without its password. */
export function describeDatabaseUrl(raw: string): { host: string; port: string; database: string } {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(
      'DATABASE_URL is not a valid URL. Expected postgres://USER:PASSWORD@HOST:PORT/DATABASE, or unset it to use the embedded PostgreSQL.',
    )
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got ${url.protocol}//…).`)
  }
  return { host: url.hostname || 'localhost', port: url.port || '5432', database: url.pathname.slice(1) || '(default)' }
}

/** Connects once so that a wrong URL fails with one clear line before the app starts. */
export async function checkDatabaseUrl(raw: string, timeoutMs = 5000): Promise<void> {
  const { host, port, database } = describeDatabaseUrl(raw)
  const client = new pg.Client({ connectionString: raw, connectionTimeoutMillis: timeoutMs })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    const err = error as NodeJS.ErrnoException
    const why = err.code ? `${err.code}: ${err.message}` : err.message
    throw new Error(
      `Cannot reach PostgreSQL at ${host}:${port} (database "${database}"): ${why}. ` +
        'Check that the server is running and that DATABASE_URL has the right host, port, user, password and database.',
      { cause: error },
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}
