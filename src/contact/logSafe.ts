import { causeChain } from '../errors'

/**
 * What an error may say in the log of the contact flow. Enquiries are personal data and logs are
 * kept and read more widely, so neither the visitor's fields nor an address may end up there:
 * a failed database query's message carries its parameters (Drizzle's "Failed query: … params: …"),
 * so only the error's kind and codes are kept.
 */
export function errorSummary(error: unknown): string {
  const parts: string[] = []
  for (const { name, code } of causeChain(error)) {
    const part = [typeof name === 'string' ? name : 'Error', typeof code === 'string' ? `(${code})` : '']
      .filter(Boolean)
      .join(' ')
    if (!parts.includes(part)) parts.push(part)
  }
  return parts.join(' ← ') || 'unknown error'
}

/** An error message with every e-mail address in it replaced (SMTP errors name recipients). */
export const withoutAddresses = (message: string): string =>
  message.replace(/[^\s<>"'@,;:()]+@[^\s<>"'@,;:()]+/g, '[address]')
