/**
 * node-postgres has no public way to hand back a client someone else checked out of a pool, which
 * closePayload (./pool.ts) needs: the Postgres adapter keeps one client for good, and `pool.end()`
 * waits for it forever. The pool's own bookkeeping (`_clients`: every client it holds; `_idle`:
 * those waiting for a query) is untyped and undocumented, so only this module reads it, and
 * tests/int/library-internals.test.ts checks it on a real pool: an upgrade that renames or reshapes
 * it fails there, and here with its name rather than as a shutdown that never ends.
 */
type PooledClient = { release?: (err?: Error | boolean) => void }
type PoolInternals = { _clients?: unknown; _idle?: unknown }

/** The clients checked out of `pool` and not released yet. */
export function checkedOutClients(pool: object): PooledClient[] {
  const { _clients: clients, _idle: idle } = pool as PoolInternals
  if (!Array.isArray(clients) || !Array.isArray(idle)) {
    throw new Error('pg.Pool has no `_clients` / `_idle` lists any more: see src/db/pgPoolInternals.ts.')
  }
  const waiting = new Set(idle.map((item: { client: PooledClient }) => item.client))
  return (clients as PooledClient[]).filter((client) => !waiting.has(client))
}
