import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { refusal } from '../errors'
import { recordEnquiryAccess } from './accessLog'
import { enquiryCount } from './retention'

/** Data-subject requests are for admins only: 401 for anonymous callers, 403 for other roles. */
export function requireAdmin(req: PayloadRequest): void {
  if (!req.user) throw refusal(req, 401, 'errPrivacySignIn')
  if (!hasRole(req.user, 'admin')) throw refusal(req, 403, 'errPrivacyAdminsOnly')
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The requester's address, trimmed; 400 unless it looks like one e-mail address. */
export function requesterEmail(req: PayloadRequest, value: unknown): string {
  const email = typeof value === 'string' ? value.trim() : ''
  if (!email || email.length > 254 || !EMAIL.test(email)) {
    throw refusal(req, 400, 'errGiveEmail')
  }
  return email
}

/** Every enquiry written from this address: exact match, case-insensitive. */
async function enquiryIdsFrom(req: PayloadRequest, email: string): Promise<Array<number | string>> {
  // Stored addresses keep the case the visitor typed; `like` is case-insensitive but matches
  // substrings, so the exact comparison is made here on the few candidates.
  const { docs } = await req.payload.find({
    collection: 'enquiries',
    where: { email: { like: email } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.filter((doc) => doc.email.toLowerCase() === email.toLowerCase()).map((doc) => doc.id)
}

const noStore = { 'Cache-Control': 'no-store' }

/** GET /api/privacy/enquiries?email=…: every enquiry from that address, as JSON (right of access). */
export const privacyExportEndpoint: Endpoint = {
  path: '/privacy/enquiries',
  method: 'get',
  handler: async (req) => {
    requireAdmin(req)
    const email = requesterEmail(req, req.searchParams.get('email'))
    const ids = await enquiryIdsFrom(req, email)
    const { docs } =
      ids.length === 0
        ? { docs: [] }
        : await req.payload.find({
            collection: 'enquiries',
            where: { id: { in: ids } },
            pagination: false,
            depth: 0,
            sort: 'createdAt',
            overrideAccess: true,
            req,
          })
    // Recorded before the answer leaves: if the log cannot be written, nothing is exported.
    await recordEnquiryAccess(req, 'export', docs)
    req.payload.logger.info(`Exported ${enquiryCount(docs.length)} on request (privacy)`)
    return Response.json({ count: docs.length, enquiries: docs }, { headers: noStore })
  },
}

/**
 * POST /api/privacy/erase { email, confirm: true }: deletes them all (right to erasure). Each
 * deletion records an `erasure` in the access log (the enquiries' beforeDelete hook, `accessLog.ts`).
 */
export const privacyEraseEndpoint: Endpoint = {
  path: '/privacy/erase',
  method: 'post',
  handler: async (req) => {
    requireAdmin(req)
    await addDataAndFileToRequest(req)
    const { email: rawEmail, confirm } = (req.data ?? {}) as Record<string, unknown>
    const email = requesterEmail(req, rawEmail)
    if (confirm !== true) throw refusal(req, 400, 'errConfirmErase')
    const ids = await enquiryIdsFrom(req, email)
    let erased = 0
    if (ids.length > 0) {
      const { docs, errors } = await req.payload.delete({
        collection: 'enquiries',
        where: { id: { in: ids } },
        overrideAccess: true,
        depth: 0,
        req,
      })
      erased = docs.length
      if (errors.length > 0) throw new Error(`Privacy: ${errors.length} enquiries could not be erased`)
    }
    req.payload.logger.info(`Erased ${enquiryCount(erased)} on request (privacy)`)
    return Response.json({ erased }, { headers: noStore })
  },
}

export const privacyEndpoints = [privacyExportEndpoint, privacyEraseEndpoint]
