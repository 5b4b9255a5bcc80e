import nodemailer from 'nodemailer'
import type { Payload } from 'payload'

import { withoutAddresses } from './logSafe'
import type { EnquiryInput } from './validate'

/**
 * Tells the coordinator about a new enquiry: by e-mail through SMTP when SMTP_HOST is set,
 * otherwise in the server log. Returns whether an e-mail went out; never throws.
 */
export async function notifyCoordinator(
  payload: Payload,
  enquiry: EnquiryInput & { id: number | string },
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
    await transport.sendMail({
      from: process.env.SMTP_FROM || recipient,
      to: recipient,
      replyTo: enquiry.email,
      subject: `New enquiry from ${enquiry.name}${enquiry.organisation ? ` (${enquiry.organisation})` : ''}`,
      text: [
        `Name: ${enquiry.name}`,
        `E-mail: ${enquiry.email}`,
        enquiry.organisation && `Production / organisation: ${enquiry.organisation}`,
        enquiry.productionType && `Production type: ${enquiry.productionType}`,
        enquiry.dates && `Dates: ${enquiry.dates}`,
        '',
        enquiry.message,
      ]
        .filter((line) => line !== '' && line !== undefined)
        .join('\n'),
    })
    return true
  } catch (error) {
    payload.logger.error(
      `Enquiry #${enquiry.id} is saved, but the e-mail notification failed: ${withoutAddresses(String((error as Error).message))}`,
    )
    return false
  }
}
