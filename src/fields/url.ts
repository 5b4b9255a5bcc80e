import type { TextField } from 'payload'

/** An absolute http(s) address, or nothing. */
export function validateWebsiteUrl(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'Enter a web address such as https://example.org'
  try {
    const url = new URL(value)
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) return true
  } catch {
    // fall through to the message
  }
  return 'Enter a full web address starting with https:// (e.g. https://example.org)'
}

export const websiteField = (field: Omit<TextField, 'type' | 'validate'>): TextField =>
  ({ ...field, type: 'text', validate: validateWebsiteUrl }) as TextField
