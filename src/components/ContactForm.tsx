'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useEffect, useRef } from 'react'

import type { SubmitResult } from '@/contact/submit'
import type { EnquiryField } from '@/contact/validate'
import { productionTypes } from '@/fields/options'
import type { Locale } from '@/i18n/locales'

type Action = (previous: SubmitResult | null, form: FormData) => Promise<SubmitResult>

/** The contact form: labelled fields, errors announced and tied to their field, a pending state. */
export function ContactForm({
  action,
  locale,
  privacyHref,
}: {
  action: Action
  locale: Locale
  /** The privacy notice in the visitor's language, linked from the consent label. */
  privacyHref: string
}) {
  const t = useTranslations('Contact.form')
  const [result, formAction, pending] = useActionState(action, null)
  const statusRef = useRef<HTMLDivElement>(null)
  const errors = result?.status === 'invalid' ? result.errors : {}

  useEffect(() => {
    if (result && result.status !== 'invalid') statusRef.current?.focus()
  }, [result])

  if (result?.status === 'sent') {
    return (
      <div ref={statusRef} tabIndex={-1} role="status" className="form-success">
        {t('sent')}
      </div>
    )
  }

  const describedBy = (field: EnquiryField) => (errors[field] ? `${field}-error` : undefined)
  const error = (field: EnquiryField) =>
    errors[field] ? (
      <p id={`${field}-error`} className="field-error">
        {t(`errors.${errors[field]}`)}
      </p>
    ) : null

  return (
    <form action={formAction} noValidate className="contact-form">
      <div ref={statusRef} tabIndex={-1} role="alert" className="form-status">
        {result?.status === 'invalid' ? t('fixErrors') : null}
        {result?.status === 'rate-limited'
          ? t('rateLimited', { minutes: Math.ceil(result.retryAfterSeconds / 60) })
          : null}
        {result?.status === 'failed' ? t('failed') : null}
      </div>
      <input type="hidden" name="locale" value={locale} />
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="website">Website</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p>
        <label htmlFor="name">{t('name')} *</label>
        <input
          id="name"
          name="name"
          autoComplete="name"
          required
          maxLength={200}
          aria-invalid={!!errors.name}
          aria-describedby={describedBy('name')}
        />
        {error('name')}
      </p>
      <p>
        <label htmlFor="email">{t('email')} *</label>
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
        <label htmlFor="organisation">{t('organisation')}</label>
        <input id="organisation" name="organisation" autoComplete="organization" maxLength={200} />
        {error('organisation')}
      </p>
      <p>
        <label htmlFor="productionType">{t('productionType')}</label>
        <select id="productionType" name="productionType" defaultValue="">
          <option value="">{t('chooseType')}</option>
          {productionTypes.map((type) => (
            <option key={type.value} value={type.value}>
              {type.label[locale]}
            </option>
          ))}
        </select>
        {error('productionType')}
      </p>
      <p>
        <label htmlFor="dates">{t('dates')}</label>
        <input id="dates" name="dates" maxLength={200} aria-describedby="dates-hint" />
        <span id="dates-hint" className="hint">
          {t('datesHint')}
        </span>
      </p>
      <p>
        <label htmlFor="message">{t('message')} *</label>
        <textarea
          id="message"
          name="message"
          rows={7}
          required
          maxLength={5000}
          aria-invalid={!!errors.message}
          aria-describedby={describedBy('message')}
        />
        {error('message')}
      </p>
      <p className="consent">
        <input
          id="consent"
          name="consent"
          type="checkbox"
          required
          aria-invalid={!!errors.consent}
          aria-describedby={describedBy('consent')}
        />
        <label htmlFor="consent">{t.rich('consent', { link: (chunks) => <a href={privacyHref}>{chunks}</a> })} *</label>
        {error('consent')}
      </p>
      <p>
        <button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t('sending') : t('send')}
        </button>
      </p>
    </form>
  )
}
