import nodemailer from 'nodemailer'
import type { Payload } from 'payload'

import { siteUrl } from '../env'
import { isLocale, type Locale } from '../i18n/locales'
import { withoutAddresses } from './logSafe'
import { enquiryNotification } from './notification'
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
  const host = process.env.SMTP_HOST
  const recipient = process.env.CONTACT_NOTIFY_TO || to
  if (!host || !recipient) {
    // Only the number: enquiries are personal data, and logs are kept and read more widely.
    payload.logger.info(`New enquiry #${enquiry.id} (no SMTP_HOST or recipient: not e-mailed)`)
    return false
  }
  try {
    const transport = nodemailer.createTransport({
      host,
      port: Number(process.env.SMTP_PORT || 587),
      secure: process.env.SMTP_SECURE === 'true',
      auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
      connectionTimeout: 10_000,
    })
    const language = await languageOf(payload, recipient)
    const { subject, text } = enquiryNotification(
      enquiry,
      language,
      `${siteUrl()}/admin/collections/enquiries/${enquiry.id}`,
    )
    await transport.sendMail({
      from: process.env.SMTP_FROM || recipient,
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
