import type { Payload } from 'payload'

import { checkedOutClients } from './pgPoolInternals'

// Undefined before the adapter has connected.
const poolOf = (payload: Payload) => payload.db.pool as Payload['db']['pool'] | undefined

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
  for (const client of checkedOutClients(pool)) client.release?.(true)
  await pool.end()
}
