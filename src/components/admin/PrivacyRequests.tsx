'use client'
import { useTranslation } from '@payloadcms/ui'
import { type FormEvent, useId, useState } from 'react'

import { dateFormatIn } from '../../i18n/dates'
import { useAdminText } from './useAdminText'

interface FoundEnquiry {
  id: number | string
  createdAt: string
  name: string
  organisation?: string | null
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'found'; email: string; enquiries: FoundEnquiry[]; json: string }
  | { kind: 'erased'; count: number }
  | { kind: 'failed'; message: string }

const errorOf = (json: unknown, fallback: string): string => {
  const body = json as { errors?: Array<{ message?: string }>; message?: string } | null
  return body?.errors?.[0]?.message ?? body?.message ?? fallback
}

/** Access (find, download as JSON) and erasure of the enquiries sent from one e-mail address. */
export function PrivacyRequests() {
  const text = useAdminText()
  // Dates in the admin's language, as the rest of the admin (not the browser's).
  const { i18n } = useTranslation()
  const dateFormat = dateFormatIn(i18n.language)
  const emailId = useId()
  const confirmId = useId()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const [confirmed, setConfirmed] = useState(false)

  async function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const email = String(new FormData(event.currentTarget).get('email') ?? '').trim()
    setConfirmed(false)
    setState({ kind: 'busy' })
    try {
      const res = await fetch(`/api/privacy/enquiries?email=${encodeURIComponent(email)}`, { credentials: 'include' })
      const json = await res.json().catch(() => null)
      if (!res.ok) return setState({ kind: 'failed', message: errorOf(json, text('scena:privacyFailed')) })
      setState({ kind: 'found', email, enquiries: json.enquiries, json: JSON.stringify(json, null, 2) })
    } catch (error) {
      setState({ kind: 'failed', message: (error as Error).message })
    }
  }

  async function erase(email: string) {
    setState({ kind: 'busy' })
    try {
      const res = await fetch('/api/privacy/erase', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email, confirm: true }),
      })
      const json = await res.json().catch(() => null)
      if (!res.ok) return setState({ kind: 'failed', message: errorOf(json, text('scena:privacyFailed')) })
      setConfirmed(false)
      setState({ kind: 'erased', count: json.erased })
    } catch (error) {
      setState({ kind: 'failed', message: (error as Error).message })
    }
  }

  const busy = state.kind === 'busy'
  return (
    <div className="scena-privacy-requests">
      <form onSubmit={find}>
        <label htmlFor={emailId}>{text('scena:requesterEmail')}</label>{' '}
        <input id={emailId} name="email" type="email" required autoComplete="off" />{' '}
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
          {busy ? text('scena:searching') : text('scena:findEnquiries')}
        </button>
      </form>
      <div aria-live="polite">
        {state.kind === 'failed' && (
          <p className="scena-source--error" role="alert">
            {text('scena:privacyFailed')}: {state.message}
          </p>
        )}
        {state.kind === 'erased' && <p role="status">{text('scena:erased', { count: state.count })}</p>}
        {state.kind === 'found' && (
          <>
            <p role="status">{text('scena:enquiriesFound', { count: state.enquiries.length })}</p>
            {state.enquiries.length > 0 && (
              <>
                <ul>
                  {state.enquiries.map((enquiry) => (
                    <li key={enquiry.id}>
                      {text('scena:receivedOn')} {dateFormat.format(new Date(enquiry.createdAt))}: {enquiry.name}
                      {enquiry.organisation ? ` (${enquiry.organisation})` : ''}
                    </li>
                  ))}
                </ul>
                <p>
                  <a
                    href={`data:application/json;charset=utf-8,${encodeURIComponent(state.json)}`}
                    download="enquiries.json"
                  >
                    {text('scena:downloadJson')}
                  </a>
                </p>
                <p>
                  <input
                    id={confirmId}
                    type="checkbox"
                    checked={confirmed}
                    onChange={(event) => setConfirmed(event.target.checked)}
                  />{' '}
                  <label htmlFor={confirmId}>{text('scena:confirmErase', { count: state.enquiries.length })}</label>
                </p>
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  disabled={!confirmed}
                  onClick={() => void erase(state.email)}
                >
                  {text('scena:erase')}
                </button>
              </>
            )}
          </>
        )}
      </div>
    </div>
  )
}
