import type { Endpoint, Payload, PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import { withoutAddresses } from '../contact/logSafe'
import { notifyRecipient } from '../contact/notify'
import { smtpConfigured, smtpFrom, smtpTransport } from '../contact/smtp'
import { siteUrl } from '../env'
import { refusal, refusalResponse, serverText } from '../errors'
import type { LaunchStatus } from '../payload-types'

/**
 * Where the test e-mail goes: where enquiry notices go (CONTACT_NOTIFY_TO, else the contact
 * e-mail), since that is the delivery the test has to prove; while neither is set, the admin's own
 * address, so SMTP can be tested before the contact e-mail is chosen (that item stays open apart).
 */
export async function testEmailRecipient(payload: Payload, adminEmail: string): Promise<{ to: string; own: boolean }> {
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const to = notifyRecipient(settings.contactEmail)
  return to ? { to, own: false } : { to: adminEmail, own: true }
}

const noStore = { 'Cache-Control': 'no-store' }

/** Kept in the hidden launch-status global for the checklist; a failure to record is only logged. */
async function record(payload: Payload, data: Partial<LaunchStatus>): Promise<void> {
  await payload
    .updateGlobal({ slug: 'launch-status', data, overrideAccess: true, depth: 0 })
    .catch((error: Error) =>
      payload.logger.error(`Launch checklist: could not record the test e-mail: ${error.message}`),
    )
}

async function send(req: PayloadRequest, to: string): Promise<void> {
  await smtpTransport().sendMail({
    from: smtpFrom(to),
    to,
    subject: serverText(req, 'testEmailSubject'),
    text: serverText(req, 'testEmailBody', { site: siteUrl() }),
  })
}

/**
 * POST /api/launch/test-email (admins): a short e-mail in the admin's language through the
 * configured SMTP server; its outcome is recorded for the checklist's e-mail item. Without SMTP,
 * 409 and nothing recorded: there is nothing to test yet. An SMTP failure answers 502 with the
 * server's reason (the admin's to read: it names what to fix).
 */
export const testEmailEndpoint: Endpoint = {
  path: '/launch/test-email',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw refusal(req, 401, 'errLaunchSignIn')
    if (!hasRole(req.user, 'admin')) throw refusal(req, 403, 'errLaunchAdminsOnly')
    if (!smtpConfigured()) throw refusal(req, 409, 'errSmtpUnset')
    const { to } = await testEmailRecipient(req.payload, String(req.user.email ?? ''))
    try {
      await send(req, to)
    } catch (error) {
      const reason = String((error as Error).message).slice(0, 500)
      await record(req.payload, { testEmailFailureAt: new Date().toISOString(), testEmailError: reason })
      // The log is read more widely than the admin: no addresses in it.
      req.payload.logger.error(`Launch checklist: the test e-mail failed: ${withoutAddresses(reason)}`)
      return refusalResponse(req, 502, 'errTestEmailFailed', { error: reason }, noStore)
    }
    const at = new Date().toISOString()
    await record(req.payload, { testEmailAt: at, testEmailTo: to })
    return Response.json({ message: serverText(req, 'testEmailSent', { to }), to, at }, { headers: noStore })
  },
}
