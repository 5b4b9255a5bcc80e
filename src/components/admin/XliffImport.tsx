'use client'
import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useState } from 'react'

import { useAdminText } from './useAdminText'

interface ImportReport {
  applied: number
  conflicts: number
  rejected: number
  units: Array<{ id: string; result: string; reason?: string }>
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; message: string; report?: ImportReport }

/** Uploads an XLIFF file to POST /api/xliff/import and shows the per-unit report. */
export function XliffImport() {
  const text = useAdminText()
  const router = useRouter()
  const inputId = useId()
  const [state, setState] = useState<State>({ kind: 'idle' })

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const file = (event.currentTarget.elements.namedItem('xliff') as HTMLInputElement).files?.[0]
    if (!file) return setState({ kind: 'failed', message: text('scena:chooseFile') })
    setState({ kind: 'busy' })
    try {
      const res = await fetch('/api/xliff/import', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/xliff+xml' },
        body: await file.text(),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) {
        const message = json?.errors?.[0]?.message ?? json?.message ?? text('scena:importFailed')
        return setState({ kind: 'failed', message, report: json?.units ? json : undefined })
      }
      setState({ kind: 'done', report: json as ImportReport })
      router.refresh()
    } catch (error) {
      setState({ kind: 'failed', message: `${text('scena:importFailed')}: ${(error as Error).message}` })
    }
  }

  const resultLabel = (result: string) =>
    ({
      applied: text('scena:resultApplied'),
      conflict: text('scena:resultConflict'),
      rejected: text('scena:resultRejected'),
      skipped: text('scena:resultSkipped'),
    })[result] ?? result
  const report = state.kind === 'done' || state.kind === 'failed' ? state.report : undefined
  return (
    <form className="scena-import" onSubmit={submit}>
      <label htmlFor={inputId}>{text('scena:importFile')}</label>
      <input
        id={inputId}
        name="xliff"
        type="file"
        accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
      />
      <Button type="submit" buttonStyle="secondary" size="medium" margin={false} disabled={state.kind === 'busy'}>
        {state.kind === 'busy' ? text('scena:importing') : text('scena:import')}
      </Button>
      <div aria-live="polite">
        {state.kind === 'failed' && (
          // The server's message says what failed ("Il file non si può importare: …"), in the admin's language.
          <p className="scena-source--error" role="alert">
            {state.message}
          </p>
        )}
        {report && (
          <>
            <p>
              {text('scena:importReport', {
                ...report,
                skipped: report.units.filter((unit) => unit.result === 'skipped').length,
              })}
            </p>
            <ul className="scena-import__units">
              {report.units.map((unit) => (
                <li key={unit.id}>
                  <code>{unit.id}</code>: {resultLabel(unit.result)}
                  {unit.reason ? ` — ${unit.reason}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </form>
  )
}
