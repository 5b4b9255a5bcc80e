import { productionTypes } from '../collections/Enquiries'

export const enquiryFields = ['name', 'email', 'organisation', 'productionType', 'dates', 'message', 'consent'] as const
export type EnquiryField = (typeof enquiryFields)[number]

/** Keys under `Contact.errors` in the UI messages. */
export type EnquiryError = 'required' | 'email' | 'tooLong' | 'consent' | 'choice'

export interface EnquiryInput {
  name: string
  email: string
  organisation: string
  productionType: (typeof productionTypes)[number] | ''
  dates: string
  message: string
  consent: boolean
}

export type Validation =
  | { ok: true; data: EnquiryInput }
  | { ok: false; errors: Partial<Record<EnquiryField, EnquiryError>> }

const limits: Partial<Record<EnquiryField, number>> = {
  name: 200,
  email: 254,
  organisation: 200,
  dates: 200,
  message: 5000,
}
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Checks what a visitor sent; every problem is reported, each with one message key. */
export function validateEnquiry(raw: Record<string, unknown>): Validation {
  const text = (field: EnquiryField) => (typeof raw[field] === 'string' ? (raw[field] as string).trim() : '')
  const data: EnquiryInput = {
    name: text('name'),
    email: text('email'),
    organisation: text('organisation'),
    productionType: text('productionType') as EnquiryInput['productionType'],
    dates: text('dates'),
    message: text('message'),
    consent: raw.consent === true || raw.consent === 'on' || raw.consent === 'true',
  }
  const errors: Partial<Record<EnquiryField, EnquiryError>> = {}
  for (const field of ['name', 'email', 'message'] as const) if (!data[field]) errors[field] = 'required'
  if (data.email && !emailPattern.test(data.email)) errors.email = 'email'
  for (const [field, max] of Object.entries(limits) as Array<[EnquiryField, number]>) {
    if (String(data[field]).length > max) errors[field] = 'tooLong'
  }
  if (data.productionType && !(productionTypes as readonly string[]).includes(data.productionType)) {
    errors.productionType = 'choice'
  }
  if (!data.consent) errors.consent = 'consent'
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data }
}
