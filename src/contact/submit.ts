import type { Payload } from 'payload'

import type { Locale } from '../i18n/locales'
import { publicPageLocale } from '../insights/paths'
import { errorSummary } from './logSafe'
import { notifyCoordinator } from './notify'
import { contactWait, countRefusedAttempt, takeSentSlot } from './rateLimit'
import { type EnquiryError, type EnquiryField, validateEnquiry } from './validate'

export type SubmitResult =
  | { status: 'sent' }
  | { status: 'invalid'; errors: Partial<Record<EnquiryField, EnquiryError>> }
  | { status: 'rate-limited'; retryAfterSeconds: number }
  | { status: 'failed' }

/**
 * The page the form was sent from (the form fills it in: the site page read before the contact
 * page): kept only when it is a published public page of the site, as its decoded path; else null.
 */
export async function enquiryFromPath(payload: Payload, value: unknown): Promise<string | null> {
  if (typeof value !== 'string' || value === '') return null
  const locale = await publicPageLocale(payload, value).catch(() => null)
  return locale ? decodeURIComponent(value) : null
}

/** The honeypot field: invisible to people, tempting to bots. */
export const HONEYPOT_FIELD = 'website'

/**
 * A contact-form submission: rate limits per visitor (messages sent, and a larger budget for
 * refused attempts), honeypot, validation, then the enquiry is stored before anything else, and
 * only then the coordinator is notified. A failed e-mail never loses the enquiry.
 */
export async function submitEnquiry(
  payload: Payload,
  raw: Record<string, unknown>,
  { visitor, locale }: { visitor: string; locale: Locale },
): Promise<SubmitResult> {
  const wait = await contactWait(payload, visitor)
  if (wait > 0) return { status: 'rate-limited', retryAfterSeconds: wait }

  // A bot that filled the hidden field is told "sent" and nothing is stored.
  if (typeof raw[HONEYPOT_FIELD] === 'string' && raw[HONEYPOT_FIELD].trim() !== '') {
    await countRefusedAttempt(payload, visitor)
    return { status: 'sent' }
  }

  const validation = validateEnquiry(raw)
  if (!validation.ok) {
    await countRefusedAttempt(payload, visitor)
    return { status: 'invalid', errors: validation.errors }
  }
  // Counted only now, so that mistakes do not use up the visitor's messages (concurrent sends
  // from one visitor are settled here: consume is atomic).
  const slotWait = await takeSentSlot(payload, visitor)
  if (slotWait > 0) return { status: 'rate-limited', retryAfterSeconds: slotWait }

  const { data } = validation
  const fromPath = await enquiryFromPath(payload, raw.fromPath)
  let id: number | string
  try {
    const doc = await payload.create({
      collection: 'enquiries',
      data: {
        ...data,
        productionType: data.productionType || undefined,
        locale,
        status: 'new',
        notified: false,
        fromPath,
      },
      overrideAccess: true,
    })
    id = doc.id
  } catch (error) {
    // Never the error's message: a failed query's message lists its parameters, the visitor's data.
    payload.logger.error(`Could not store an enquiry: ${errorSummary(error)}`)
    return { status: 'failed' }
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 }).catch(() => null)
  const notified = await notifyCoordinator(payload, { ...data, id, locale }, settings?.contactEmail)
  if (notified) {
    await payload
      .update({ collection: 'enquiries', id, data: { notified: true }, overrideAccess: true })
      .catch(() => null)
  }
  return { status: 'sent' }
}
