import nodemailer from 'nodemailer'

/**
 * The SMTP server every e-mail of the site goes through (SMTP_HOST, SMTP_PORT, SMTP_SECURE,
 * SMTP_USER, SMTP_PASSWORD, SMTP_FROM): one reading of the environment for the enquiry notice
 * and the launch checklist's test e-mail, so that the test proves what the notice will use.
 */
export const smtpConfigured = (): boolean => Boolean(process.env.SMTP_HOST?.trim())

/** A transport for the configured server; read when sending, so a changed environment applies. */
export function smtpTransport() {
  return nodemailer.createTransport({
    host: process.env.SMTP_HOST?.trim(),
    port: Number(process.env.SMTP_PORT || 587),
    secure: process.env.SMTP_SECURE === 'true',
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
    connectionTimeout: 10_000,
  })
}

/** The sender: SMTP_FROM, else the recipient itself (many servers accept only their own domain). */
export const smtpFrom = (recipient: string): string => process.env.SMTP_FROM || recipient
