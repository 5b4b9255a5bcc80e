import type { Payload, TaskConfig } from 'payload'
import { env } from '../env'

const DAY_MS = 24 * 60 * 60 * 1000

/** ENQUIRY_RETENTION_DAYS: how many days an enquiry is kept after it arrives (a positive integer). */
export function retentionDays(): number {
  return env.ENQUIRY_RETENTION_DAYS
}

/** "1 enquiry", "3 enquiries": for the log lines of the privacy tools. */
export const enquiryCount = (n: number): string => `${n} ${n === 1 ? 'enquiry' : 'enquiries'}`

/** The day an enquiry received at `createdAt` is deleted by the retention job. */
export function deletionDate(createdAt: string | Date, days = retentionDays()): Date {
  return new Date(new Date(createdAt).getTime() + days * DAY_MS)
}

/**
 * Deletes every enquiry older than the retention period, and the access-log entries whose
 * `expiresAt` has passed (the log is kept as long as the enquiries it speaks of); returns how many
 * enquiries. Logs the counts only, never who wrote. It deletes with no user, so these deletions
 * are not recorded as erasures by a staff account.
 */
export async function deleteExpiredEnquiries(payload: Payload, now = new Date()): Promise<number> {
  const days = retentionDays()
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString()
  const { docs } = await payload.delete({
    collection: 'enquiries',
    where: { createdAt: { less_than: cutoff } },
    overrideAccess: true,
    depth: 0,
  })
  if (docs.length > 0) {
    payload.logger.info(`Retention: deleted ${enquiryCount(docs.length)} older than ${days} days`)
  }
  const expiredLog = await payload.delete({
    collection: 'enquiry-access',
    where: { expiresAt: { less_than: now.toISOString() } },
    overrideAccess: true,
    depth: 0,
  })
  if (expiredLog.docs.length > 0) {
    payload.logger.info(`Retention: deleted ${expiredLog.docs.length} expired enquiry access log entries`)
  }
  return docs.length
}

export const ENQUIRY_RETENTION_TASK = 'deleteExpiredEnquiries' as const

/**
 * The daily retention job (ENQUIRY_RETENTION_CRON, croner syntax, default 03:15 every day). It is
 * queued and run by the process that runs the job queue: `npm start` / `npm run dev`, or
 * `npm run worker`.
 */
export const enquiryRetentionTask: TaskConfig<{ input: object; output: { deleted: number } }> = {
  slug: ENQUIRY_RETENTION_TASK,
  label: 'Delete enquiries past their retention',
  retries: 2,
  outputSchema: [{ name: 'deleted', type: 'number', required: true }],
  schedule: [{ cron: env.ENQUIRY_RETENTION_CRON, queue: 'default' }],
  handler: async ({ req }) => ({ output: { deleted: await deleteExpiredEnquiries(req.payload) } }),
}
