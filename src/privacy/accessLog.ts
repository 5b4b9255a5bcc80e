import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type CollectionAfterOperationHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
} from 'payload'

import type { EnquiryAccess } from '../payload-types'
import { deletionDate, enquiryCount } from './retention'

/**
 * Who read what: one entry in `enquiry-access` each time a staff account opens, exports or erases
 * an enquiry. An entry holds the enquiry's number, the action, the account (id and its e-mail as
 * it was) and when; never anything the sender wrote. It is deleted by the retention job on the day
 * the enquiry itself would be (`expiresAt`), so the log keeps no trace longer than the data.
 *
 * Failures are never swallowed: every writer here throws, so the staff member's request fails
 * instead of reading, exporting or erasing unrecorded.
 */

export type EnquiryAccessAction = EnquiryAccess['action']

/** What an entry needs to know about the enquiry: its number and when it arrived, nothing else. */
export interface EnquiryRef {
  id: number
  createdAt: string
}

/**
 * Views by the same account of the same enquiry within this window are one entry. What the admin
 * does for one opening (read in Payload 3.90's code): the edit view reads the document once when it
 * renders; every change to the language (`?locale=`), a reload or "reload" after the stale-data
 * warning renders it again; saving does not re-read it (the PATCH answer is used). Ten minutes
 * covers a working session on one enquiry (read it, set the status, reply) without losing the
 * fact that it was opened again later in the day.
 */
export const VIEW_WINDOW_MS = 10 * 60 * 1000

/** The signed-in staff account behind a request; null for the server's own work (no user). */
function staffOf(req: PayloadRequest): { id: number; email: string } | null {
  const user = req.user
  if (!user || user.collection !== 'users') return null
  return { id: user.id, email: user.email }
}

/**
 * A copy of `req` for the log's own Local API calls. Payload rewrites `locale`, `fallbackLocale`
 * and `context` on the `req` it is given; `inSameRequest()` puts them back afterwards, but the
 * erasures of a bulk delete run in parallel on one `req` and their save/restore would interleave.
 * A shallow copy keeps the same transaction (`transactionID`) and user and leaves the original alone.
 */
const copyOf = (req: PayloadRequest): PayloadRequest => ({ ...req }) as PayloadRequest

/**
 * Records `action` on each enquiry for the signed-in staff account, all or none: inside the
 * request's transaction when it has one (an erasure: the entry and the deletion commit together),
 * otherwise in one of its own. Does nothing without a staff account. Throws if it cannot record.
 */
export async function recordEnquiryAccess(
  req: PayloadRequest,
  action: EnquiryAccessAction,
  enquiries: EnquiryRef[],
): Promise<void> {
  const staff = staffOf(req)
  if (!staff || enquiries.length === 0) return
  const ownTransaction = await initTransaction(req)
  try {
    for (const enquiry of enquiries) {
      await req.payload.create({
        collection: 'enquiry-access',
        data: {
          action,
          enquiryId: enquiry.id,
          user: staff.id,
          userEmail: staff.email,
          expiresAt: deletionDate(enquiry.createdAt).toISOString(),
        },
        depth: 0,
        overrideAccess: true,
        req: copyOf(req),
      })
    }
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    // What failed and how many, here; the error itself goes on to the caller, whose handler logs
    // it (a failed insert lists its parameters: numbers, dates and the staff account's e-mail,
    // never the enquiry's content, which the entry does not hold).
    req.payload.logger.error(`Enquiry access log: could not record ${action} of ${enquiryCount(enquiries.length)}`)
    throw error
  }
}

/** Whether this account already has a `view` entry for this enquiry within VIEW_WINDOW_MS. */
async function viewedRecently(req: PayloadRequest, enquiryId: number, userId: number): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'enquiry-access',
    where: {
      action: { equals: 'view' },
      enquiryId: { equals: enquiryId },
      user: { equals: userId },
      createdAt: { greater_than: new Date(Date.now() - VIEW_WINDOW_MS).toISOString() },
    },
    overrideAccess: true,
    req: copyOf(req),
  })
  return totalDocs > 0
}

/** Fields that say nothing of what the sender wrote: a read of only these is no view. */
const METADATA = new Set(['id', 'createdAt', 'updatedAt', 'deleteOn'])

/**
 * True when a `select` asks for metadata only. The admin's edit view checks whether someone else
 * saved meanwhile with `findByID({ select: { updatedAt: true } })` on the first change after each
 * save: that is not an opening.
 */
function onlyMetadata(select: unknown): boolean {
  if (!select || typeof select !== 'object') return false
  const entries = Object.entries(select)
  return entries.length > 0 && entries.every(([key, value]) => value === true && METADATA.has(key))
}

/** When the enquiry arrived: from the document read, or from the table if the read left it out. */
async function createdAtOf(req: PayloadRequest, id: number, known?: unknown): Promise<string | null> {
  if (typeof known === 'string') return known
  const row = await req.payload.db.findOne<{ id: number; createdAt?: string }>({
    collection: 'enquiries',
    where: { id: { equals: id } },
    select: { createdAt: true },
    req,
  })
  return row?.createdAt ?? null
}

/**
 * afterOperation on enquiries: a `findByID` by a signed-in staff account with its own rights is a
 * view — REST `GET /api/enquiries/:id` and the admin's edit view, which reads the document
 * server-side with the user (`overrideAccess: false`); GraphQL's `Enquiry(id:)` too, were it turned
 * on (it is off here). Not recorded:
 * - listing (`find`): a list shows many enquiries at once and opening one of them is the view;
 *   the privacy tools' export, which reads with `find`, records `export` itself;
 * - reads with no user or with `overrideAccess: true`: the server's own work (notifications,
 *   retention, the privacy tools' internal look-ups);
 * - a read of metadata only (see `onlyMetadata`).
 * The entry is written before the document is returned: if it cannot be, the read fails (the
 * admin then shows no document) rather than disclosing an enquiry unrecorded.
 */
export const recordEnquiryView: CollectionAfterOperationHook<'enquiries'> = async (hookArgs) => {
  const { operation, req, result } = hookArgs
  if (operation !== 'findByID' || !result) return result
  const staff = staffOf(req)
  if (!staff || hookArgs.args.overrideAccess || onlyMetadata(hookArgs.args.select)) return result
  const id = Number(result.id ?? hookArgs.args.id)
  if (await viewedRecently(req, id, staff.id)) return result
  const createdAt = await createdAtOf(req, id, result.createdAt)
  if (createdAt) await recordEnquiryAccess(req, 'view', [{ id, createdAt }])
  return result
}

/**
 * beforeDelete on enquiries: a deletion by a staff account is an erasure — the admin's delete
 * button (one or several), `DELETE /api/enquiries/:id` and the privacy tools' erase (which deletes
 * with the admin's `req`). Recorded before the row is deleted and in the same transaction: if the
 * entry cannot be written the deletion does not happen. The retention job deletes with no user, so
 * it is not an erasure by anyone.
 */
export const recordEnquiryErasure: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!staffOf(req)) return
  const createdAt = await createdAtOf(req, Number(id))
  if (createdAt) await recordEnquiryAccess(req, 'erasure', [{ id: Number(id), createdAt }])
}
