import { productionTypes, valuesOf } from '../fields/options'
import { enquiryLimits } from '../fields/limits'

export const enquiryFields = ['name', 'email', 'organisation', 'productionType', 'dates', 'message'] as const
export type EnquiryField = (typeof enquiryFields)[number]

/** Keys under `Contact.errors` in the UI messages. */
export type EnquiryError = 'required' | 'email' | 'tooLong' | 'choice'

export interface EnquiryInput {
  name: string
  email: string
  organisation: string
  productionType: (typeof productionTypes)[number]['value'] | ''
  dates: string
  message: string
}

export type Validation =
  { ok: true; data: EnquiryInput } | { ok: false; errors: Partial<Record<EnquiryField, EnquiryError>> }

const limits: Partial<Record<EnquiryField, number>> = enquiryLimits
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const multiLineFields = new Set<EnquiryField>(['message'])
// Control characters (C0, DEL, C1) and the Unicode line/paragraph separators. In a single-line
// field they could forge a stored name, an e-mail header or a log line; they become one space.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g
// In the message, line breaks and tabs are the visitor's own: only the rest is removed.
const controlCharactersButLineBreaks = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]+/g

/** A field's text as stored: trimmed, control characters removed or folded into spaces. */
function cleanText(field: EnquiryField, value: unknown): string {
  if (typeof value !== 'string') return ''
  if (multiLineFields.has(field)) {
    return value
      .replace(/\r\n?|\u2028|\u2029/g, '\n')
      .replace(controlCharactersButLineBreaks, '')
      .trim()
  }
  return value.replace(controlCharacters, ' ').replace(/ {2,}/g, ' ').trim()
}

/** Checks what a visitor sent; every problem is reported, each with one message key. */
export function validateEnquiry(raw: Record<string, unknown>): Validation {
  const text = (field: EnquiryField) => cleanText(field, raw[field])
  const data: EnquiryInput = {
    name: text('name'),
    email: text('email'),
    organisation: text('organisation'),
    productionType: text('productionType') as EnquiryInput['productionType'],
    dates: text('dates'),
    message: text('message'),
  }
  const errors: Partial<Record<EnquiryField, EnquiryError>> = {}
  for (const field of ['name', 'email', 'message'] as const) if (!data[field]) errors[field] = 'required'
  if (data.email && !emailPattern.test(data.email)) errors.email = 'email'
  for (const [field, max] of Object.entries(limits) as Array<[EnquiryField, number]>) {
    if (String(data[field]).length > max) errors[field] = 'tooLong'
  }
  if (data.productionType && !(valuesOf(productionTypes) as string[]).includes(data.productionType)) {
    errors.productionType = 'choice'
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data }
}
