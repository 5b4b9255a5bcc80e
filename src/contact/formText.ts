import type { ReactNode } from 'react'

import type messages from '../i18n/messages/it.json'
import type { EnquiryError } from './validate'

type Messages = (typeof messages)['Contact']['form']

/**
 * The contact form's texts in the visitor's language, formatted on the server
 * (src/components/ContactForm.tsx) for the client fields (ContactFormFields.tsx).
 */
export type ContactFormText = Omit<Messages, 'errors' | 'notice' | 'rateLimited'> & {
  /** The production types, in order: value and label. */
  types: Array<[value: string, label: string]>
  errors: Record<EnquiryError, string>
  /** "Try again in N minutes" for one minute, and for more (with MINUTES for the number). */
  rateLimited: { one: string; other: string }
  /**
   * The line under the form, with its link to the privacy notice: answering an enquiry rests on
   * GDPR art. 6(1)(b), so there is a notice to read, no box to tick.
   */
  notice: ReactNode
}

/** Query parameter of the contact page that pre-selects the production type (ContactFormFields). */
export const PRODUCTION_PARAM = 'production'

/** Stands for the number of minutes in `rateLimited`, filled in by the form in the browser. */
export const MINUTES = '{minutes}'
