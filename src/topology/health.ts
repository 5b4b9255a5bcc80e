import { sql } from '@payloadcms/db-postgres'
import type { Endpoint, PayloadRequest } from 'payload'

import { migrations } from '../migrations'
import { DATABASE_RETRY_AFTER_SECONDS } from '../api/classifyError'

const noStore = { 'Cache-Control': 'no-store' }

/** Liveness for a balancer: the process answers. Touches nothing else, so a database outage never takes every instance out. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () => Response.json({ status: 'ok' }, { headers: noStore }),
}

/**
 * Readiness: the database answers and every committed migration is applied (an instance of a newer
 * build waits for its migrations). 503 otherwise, with the reason.
 */
export const readyEndpoint: Endpoint = {
  path: '/ready',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    try {
      const { rows } = await req.payload.db.drizzle.execute<{ name: string }>(sql`SELECT name FROM payload_migrations`)
      const applied = new Set(rows.map((row) => row.name))
      const missing = migrations.filter((migration) => !applied.has(migration.name)).map((m) => m.name)
      if (missing.length) {
        return Response.json({ status: 'migrations pending', missing }, { status: 503, headers: noStore })
      }
      return Response.json({ status: 'ready' }, { headers: noStore })
    } catch {
      return Response.json(
        { status: 'database unreachable' },
        { status: 503, headers: { ...noStore, 'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS) } },
      )
    }
  },
}
