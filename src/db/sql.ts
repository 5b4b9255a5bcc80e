import { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

export type RunSql = (text: string, params?: readonly unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>

/**
 * Runs hand-written SQL (`$1`-style parameters) in the transaction of `req` when it has one (a
 * migration's), else on the pool. A statement sent to the pool while a transaction holds the same
 * rows would wait for that transaction, which waits for the statement: a data migration must send
 * everything through its own transaction.
 */
export async function sqlRunner(payload: Payload, req?: Partial<PayloadRequest>): Promise<RunSql> {
  const id = req?.transactionID ? await req.transactionID : undefined
  // The session's drizzle transaction, typed loosely by the adapter.
  const session = (id === undefined ? undefined : payload.db.sessions?.[id]?.db) as
    { execute: (query: ReturnType<typeof sql.raw>) => Promise<{ rows: Array<Record<string, unknown>> }> } | undefined
  if (!session) return (text, params = []) => payload.db.pool.query(text, [...params])
  return async (text, params = []) => {
    // Drizzle numbers its own parameters: each `$n` becomes the n-th value, in order.
    const parts = text.split(/\$(\d+)/)
    const query = sql.join(parts.map((part, i) => (i % 2 === 0 ? sql.raw(part) : sql`${params[Number(part) - 1]}`)))
    return { rows: (await session.execute(query)).rows }
  }
}
