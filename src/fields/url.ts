import type { TextField, TextFieldSingleValidation } from 'payload'

import { serverText } from '../errors'

/** True for nothing, or an absolute http(s) address with a domain. */
export function isWebsiteUrl(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')
  } catch {
    return false
  }
}

/** An absolute http(s) address, or nothing; the message in the admin user's language. */
export const validateWebsiteUrl: TextFieldSingleValidation = (value, { req }) =>
  isWebsiteUrl(value) || serverText(req, 'errWebsite')

export const websiteField = (field: Omit<TextField, 'type' | 'validate'>): TextField =>
  ({ ...field, type: 'text', validate: validateWebsiteUrl }) as TextField
