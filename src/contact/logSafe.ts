/**
 * What an error may say in the log of the contact flow. Enquiries are personal data and logs are
 * kept and read more widely, so neither the visitor's fields nor an address may end up there:
 * a failed database query's message carries its parameters (Drizzle's "Failed query: … params: …"),
 * so only the error's kind and codes are kept.
 */
export function errorSummary(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, code } = current as { name?: unknown; code?: unknown }
    const part = [typeof name === 'string' ? name : 'Error', typeof code === 'string' ? `(${code})` : '']
      .filter(Boolean)
      .join(' ')
    if (!parts.includes(part)) parts.push(part)
    current = (current as { cause?: unknown }).cause
  }
  return parts.join(' ← ') || 'unknown error'
}

/** An error message with every e-mail address in it replaced (SMTP errors name recipients). */
export const withoutAddresses = (message: string): string =>
  message.replace(/[^\s<>"'@,;:()]+@[^\s<>"'@,;:()]+/g, '[address]')
