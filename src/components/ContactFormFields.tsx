'use client'

import { useActionState, useEffect, useRef } from 'react'

import { type ContactFormText, MINUTES, PRODUCTION_PARAM } from '@/contact/formText'
import type { SubmitResult } from '@/contact/submit'
import type { EnquiryField } from '@/contact/validate'
import { enquiryLimits } from '@/fields/limits'
import type { Locale } from '@/i18n/locales'

export type ContactAction = (previous: SubmitResult | null, form: FormData) => Promise<SubmitResult>

/**
 * The contact form's fields: labelled, errors announced and tied to their field, a pending state.
 * Without JavaScript it is a plain form posting to the server action; with it, the page stays and
 * the result shows in place. The public pages' only client component (besides the live preview's refresher).
 */
/** "Riprova tra 1 minuto" / "… tra 3 minuti": the plural form of `minutes` in the visitor's language. */
const waitMessage = (forms: ContactFormText['rateLimited'], locale: string, minutes: number) =>
  new Intl.PluralRules(locale).select(minutes) === 'one' ? forms.one : forms.other.replace(MINUTES, String(minutes))

export function ContactFormFields({
  action,
  locale,
  text,
}: {
  action: ContactAction
  locale: Locale
  text: ContactFormText
}) {
  const [result, formAction, pending] = useActionState(action, null)
  const statusRef = useRef<HTMLDivElement>(null)
  const errors = result?.status === 'invalid' ? result.errors : {}

  const typeRef = useRef<HTMLSelectElement>(null)
  // Coming from a service (?production=film): that production type is chosen already.
  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get(PRODUCTION_PARAM)
    const select = typeRef.current
    if (wanted && select && !select.value && [...select.options].some((o) => o.value === wanted)) select.value = wanted
  }, [])

  const fromRef = useRef<HTMLInputElement>(null)
  // The page the visitor was reading before this one, on this site (its path only), else this page:
  // the admin's Insights count enquiries by it. Nothing else about the visitor.
  useEffect(() => {
    let from = window.location.pathname
    try {
      const referrer = document.referrer ? new URL(document.referrer) : null
      if (referrer && referrer.origin === window.location.origin) from = referrer.pathname
    } catch {
      // An unreadable referrer: this page.
    }
    if (fromRef.current) fromRef.current.value = from
  }, [])

  useEffect(() => {
    if (result && result.status !== 'invalid') statusRef.current?.focus()
  }, [result])

  if (result?.status === 'sent') {
    return (
      <div ref={statusRef} tabIndex={-1} role="status" className="form-success">
        {text.sent}
      </div>
    )
  }

  const describedBy = (field: EnquiryField) => (errors[field] ? `${field}-error` : undefined)
  const error = (field: EnquiryField) => {
    const code = errors[field]
    return code ? (
      <p id={`${field}-error`} className="field-error">
        {text.errors[code]}
      </p>
    ) : null
  }

  return (
    <form action={formAction} noValidate className="contact-form">
      <div ref={statusRef} tabIndex={-1} role="alert" className="form-status">
        {result?.status === 'invalid' ? text.fixErrors : null}
        {result?.status === 'rate-limited'
          ? waitMessage(text.rateLimited, locale, Math.ceil(result.retryAfterSeconds / 60))
          : null}
        {result?.status === 'failed' ? text.failed : null}
      </div>
      <input type="hidden" name="locale" value={locale} />
      <p className="hint" id="required-legend">
        {text.required}
      </p>
      <input type="hidden" name="fromPath" ref={fromRef} defaultValue="" />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">Website</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p>
        <label htmlFor="name">{text.name} *</label>
        <input
          id="name"
          name="name"
          autoComplete="name"
          required
          maxLength={enquiryLimits.name}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy('name')}
        />
        {error('name')}
      </p>
      <p>
        <label htmlFor="email">{text.email} *</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={!!errors.email}
          aria-describedby={describedBy('email')}
        />
        {error('email')}
      </p>
      <p>
        <label htmlFor="organisation">{text.organisation}</label>
        <input
          id="organisation"
          name="organisation"
          autoComplete="organization"
          maxLength={enquiryLimits.organisation}
        />
        {error('organisation')}
      </p>
      <p>
        <label htmlFor="productionType">{text.productionType}</label>
        <select ref={typeRef} id="productionType" name="productionType" defaultValue="">
          <option value="">{text.chooseType}</option>
          {text.types.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        {error('productionType')}
      </p>
      <p>
        <label htmlFor="dates">{text.dates}</label>
        <input id="dates" name="dates" maxLength={enquiryLimits.dates} aria-describedby="dates-hint" />
        <span id="dates-hint" className="hint">
          {text.datesHint}
        </span>
      </p>
      <p>
        <label htmlFor="message">{text.message} *</label>
        <textarea
          id="message"
          name="message"
          rows={7}
          required
          maxLength={enquiryLimits.message}
          aria-invalid={!!errors.message}
          aria-describedby={['message-hint', describedBy('message')].filter(Boolean).join(' ')}
        />
        {/* Special categories of data (GDPR art. 9) about third parties do not belong in a first message. */}
        <span id="message-hint" className="hint">
          {text.messageHint}
        </span>
        {error('message')}
      </p>
      <p className="form-notice">{text.notice}</p>
      <p>
        <button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? text.sending : text.send}
        </button>
      </p>
    </form>
  )
}
