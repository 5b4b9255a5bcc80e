import type { Payload } from 'payload'

import { env, siteUrl } from '../env'
import { isLocale, type Locale } from '../i18n/locales'
import { withoutAddresses } from './logSafe'
import { enquiryNotification } from './notification'
import { smtpConfigured, smtpFrom, smtpTransport } from './smtp'
import type { EnquiryInput } from './validate'

/** The language of the staff member the e-mail goes to (their setting), Italian otherwise. */
async function languageOf(payload: Payload, recipient: string): Promise<Locale> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: recipient.trim().toLowerCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const language = docs[0]?.language
  return isLocale(language) ? language : 'it'
}

/** Where enquiry notices go: CONTACT_NOTIFY_TO, else the contact e-mail of the site settings. */
export const notifyRecipient = (contactEmail: string | null | undefined): string | null =>
  env.CONTACT_NOTIFY_TO || contactEmail?.trim() || null

/**
 * Tells the coordinator about a new enquiry: by e-mail through SMTP when SMTP_HOST is set, in the
 * recipient's language (Italian unless their account says English), otherwise in the server log.
 * Returns whether an e-mail went out; never throws.
 */
export async function notifyCoordinator(
  payload: Payload,
  enquiry: EnquiryInput & { id: number | string; locale: Locale },
  to: string | null | undefined,
): Promise<boolean> {
  const recipient = notifyRecipient(to)
  if (!smtpConfigured() || !recipient) {
    // Only the number: enquiries are personal data, and logs are kept and read more widely.
    payload.logger.info(`New enquiry #${enquiry.id} (no SMTP_HOST or recipient: not e-mailed)`)
    return false
  }
  try {
    const transport = smtpTransport()
    const language = await languageOf(payload, recipient)
    const { subject, text } = enquiryNotification(
      enquiry,
      language,
      `${siteUrl()}/admin/collections/enquiries/${enquiry.id}`,
    )
    await transport.sendMail({
      from: smtpFrom(recipient),
      to: recipient,
      replyTo: enquiry.email,
      subject,
      text,
    })
    return true
  } catch (error) {
    payload.logger.error(
      `Enquiry #${enquiry.id} is saved, but the e-mail notification failed: ${withoutAddresses(String((error as Error).message))}`,
    )
    return false
  }
}
