import type { Payload, Where } from 'payload'

import { gauge } from './registry'

const poolClients = gauge({
  name: 'scena_db_pool_clients',
  help: 'PostgreSQL connections of this instance\'s pool: "used" (checked out, including the one the adapter keeps for itself) or "idle".',
  labelNames: ['state'] as const,
})
const poolWaiting = gauge({
  name: 'scena_db_pool_waiting_requests',
  help: 'Queries of this instance waiting for a free connection of the pool (above 0 for long: DATABASE_POOL_MAX is too small or queries are slow).',
})
const poolMax = gauge({ name: 'scena_db_pool_max_clients', help: 'The pool size this instance is configured with.' })
const jobs = gauge({
  name: 'scena_jobs',
  help: "Payload's job queue (shared by every instance): due (waiting to run now), running, failed (kept after their last attempt).",
  labelNames: ['state'] as const,
})
const backupAge = gauge({
  name: 'scena_backup_last_success_age_seconds',
  help: 'Seconds since the last successful scheduled backup (+Inf when none has succeeded yet).',
})
const databaseAnswered = gauge({
  name: 'scena_metrics_database_up',
  help: 'Whether the database answered the queries behind scena_jobs and scena_backup_* at this scrape (1) or not (0).',
})

type PgPool = { totalCount: number; idleCount: number; waitingCount: number; options?: { max?: number } }

/** The pool's own counters: no query, so they are right even while the database is away. */
function readPool(payload: Payload): void {
  const pool = payload.db.pool as PgPool | undefined
  if (!pool) return
  poolClients.set({ state: 'used' }, pool.totalCount - pool.idleCount)
  poolClients.set({ state: 'idle' }, pool.idleCount)
  poolWaiting.set(pool.waitingCount)
  if (pool.options?.max) poolMax.set(pool.options.max)
}

/** The queue as Payload's runner sees it (its own test for a due job: not done, not failed, not taken, time come). */
function jobFilters(now: string): Record<'due' | 'running' | 'failed', Where> {
  return {
    due: {
      and: [
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { not_equals: true } },
        { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now } }] },
      ],
    },
    running: { processing: { equals: true } },
    failed: { hasError: { equals: true } },
  }
}

async function readQueueAndBackup(payload: Payload): Promise<void> {
  const counts = await Promise.all(
    Object.entries(jobFilters(new Date().toISOString())).map(async ([state, where]) => {
      const { totalDocs } = await payload.count({ collection: 'payload-jobs', where, overrideAccess: true })
      return [state, totalDocs] as const
    }),
  )
  const status = await payload.findGlobal({ slug: 'backup-status', depth: 0, overrideAccess: true })
  for (const [state, count] of counts) jobs.set({ state }, count)
  const last = status.lastSuccessAt ? Date.parse(status.lastSuccessAt) : NaN
  backupAge.set(Number.isNaN(last) ? Infinity : Math.max(0, (Date.now() - last) / 1000))
}

/**
 * Reads what the app's gauges show, once per scrape (never on a visitor's request): the pool's
 * counters, then three counts on `payload-jobs` and the backup status. If the database does not
 * answer, the queue and backup figures are withdrawn rather than left at their last value, and
 * scena_metrics_database_up says so; the rest of the scrape still answers.
 */
export async function refreshAppGauges(payload: Payload): Promise<void> {
  readPool(payload)
  try {
    await readQueueAndBackup(payload)
    databaseAnswered.set(1)
  } catch (error) {
    jobs.reset()
    backupAge.set(NaN)
    databaseAnswered.set(0)
    payload.logger.warn(`Metrics: the job queue and backup status could not be read: ${(error as Error).message}`)
  }
}
