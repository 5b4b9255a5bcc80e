'use client'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'

import { useAdminText } from './useAdminText'

type State =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'sent'; message: string } | { kind: 'failed'; message: string }

const messageOf = (json: unknown): string | undefined => {
  const body = json as { errors?: Array<{ message?: string }>; message?: string } | null
  return body?.errors?.[0]?.message ?? body?.message
}

/**
 * The launch checklist's test e-mail: sends it (POST /api/launch/test-email), says how it went, and
 * refreshes the checklist, whose e-mail item reads the recorded outcome.
 */
export function LaunchTestEmail({ recipientNote }: { recipientNote: string }) {
  const text = useAdminText()
  const router = useRouter()
  const noteId = useId()
  const [state, setState] = useState<State>({ kind: 'idle' })
  const busy = state.kind === 'busy'

  async function send() {
    // aria-disabled rather than disabled: the button keeps the keyboard focus while it works.
    if (busy) return
    setState({ kind: 'busy' })
    try {
      const res = await fetch('/api/launch/test-email', { method: 'POST', credentials: 'include' })
      const json = await res.json().catch(() => null)
      const message = messageOf(json) ?? `${res.status} ${res.statusText}`
      setState(res.ok ? { kind: 'sent', message } : { kind: 'failed', message })
    } catch {
      // The server was not reached: no reason of its own to show (the browser's is in English).
      setState({ kind: 'failed', message: '' })
    }
    router.refresh()
  }

  return (
    <div className="scena-launch__test">
      <p id={noteId}>{recipientNote}</p>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        onClick={send}
        aria-disabled={busy}
        aria-describedby={noteId}
      >
        {busy ? text('scena:launchTestEmailSending') : text('scena:launchTestEmailSend')}
      </button>
      <div aria-live="polite">
        {state.kind === 'sent' ? <p role="status">{state.message}</p> : null}
        {state.kind === 'failed' ? (
          <p role="alert" className="scena-source--error">
            {text('scena:launchTestEmailError')}
            {state.message ? `: ${state.message}` : '.'}
          </p>
        ) : null}
      </div>
    </div>
  )
}
