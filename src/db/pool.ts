import type { Payload } from 'payload'

type PooledClient = { release?: (err?: Error | boolean) => void }
/** node-postgres' own bookkeeping of its clients (not in its types), which closePayload needs. */
type PoolInternals = { _clients?: PooledClient[]; _idle?: Array<{ client: PooledClient }> }
type Pool = Payload['db']['pool'] & PoolInternals
// Undefined before the adapter has connected.
const poolOf = (payload: Payload) => payload.db.pool as Pool | undefined

/**
 * node-postgres emits 'error' on the pool when an idle client loses its connection (a restarted
 * server, a network blip). Unhandled, that event crashes the process; logged, the pool simply
 * replaces the client on the next query.
 */
export function guardPool(payload: Payload): void {
  poolOf(payload)?.on('error', (err) => {
    payload.logger.error(`PostgreSQL connection error on an idle client: ${err.message}`)
  })
}

/**
 * `payload.destroy()` leaves the connection pool open, and the Postgres adapter's connect() keeps
 * one client checked out for good, so `pool.end()` alone would wait forever. A script that is done
 * hands that client back and then closes the pool.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = poolOf(payload)
  await payload.destroy()
  if (!pool || pool.ended) return
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  for (const client of pool._clients ?? []) if (!idle.has(client)) client.release?.(true)
  await pool.end()
}
