import nodemailer from 'nodemailer'
import { env } from '../env'

/**
 * The SMTP server every e-mail of the site goes through (SMTP_HOST, SMTP_PORT, SMTP_SECURE,
 * SMTP_USER, SMTP_PASSWORD, SMTP_FROM): one reading of the environment for the enquiry notice
 * and the launch checklist's test e-mail, so that the test proves what the notice will use.
 */
export const smtpConfigured = (): boolean => Boolean(env.SMTP_HOST)

/** A transport for the configured server; read when sending, so a changed environment applies. */
export function smtpTransport() {
  return nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
    connectionTimeout: 10_000,
  })
}

/** The sender: SMTP_FROM, else the recipient itself (many servers accept only their own domain). */
export const smtpFrom = (recipient: string): string => env.SMTP_FROM ?? recipient
