'use client'
import { Button } from '@payloadcms/ui'
import { type MouseEvent, useState } from 'react'

import { useAdminText } from './useAdminText'

const fileNameOf = (res: Response) =>
  /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? 'scena-en.xlf'

/**
 * A link to an XLIFF export that downloads the file, or says why there is none (the server's
 * message) instead of leaving a failed download behind. Without JavaScript it is a plain link.
 * Payload's own button (secondary, medium), as every action of the translation tools.
 */
export function XliffExportLink({
  href,
  resolveHref,
  children,
}: {
  href: string
  /** Works out the address at click time (e.g. every id of a selection spanning pages). */
  resolveHref?: () => Promise<string>
  children: string
}) {
  const text = useAdminText()
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null })

  async function download(event: MouseEvent) {
    event.preventDefault()
    if (state.busy) return
    setState({ busy: true, error: null })
    try {
      const res = await fetch(resolveHref ? await resolveHref() : href, { credentials: 'include' })
      if (!res.ok) {
        const json = await res.json().catch(() => null)
        return setState({ busy: false, error: json?.errors?.[0]?.message ?? text('scena:exportFailed') })
      }
      const url = URL.createObjectURL(await res.blob())
      const anchor = Object.assign(document.createElement('a'), { href: url, download: fileNameOf(res) })
      document.body.append(anchor)
      anchor.click()
      anchor.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      setState({ busy: false, error: null })
    } catch {
      setState({ busy: false, error: text('scena:exportFailed') })
    }
  }

  return (
    <span className="scena-export">
      <Button
        el="anchor"
        url={href}
        onClick={(event) => void download(event)}
        buttonStyle="secondary"
        size="medium"
        margin={false}
        extraButtonProps={{ 'aria-busy': state.busy || undefined }}
      >
        {state.busy ? text('scena:exporting') : children}
      </Button>
      {state.error && (
        <span className="scena-source--error" role="alert">
          {state.error}
        </span>
      )}
    </span>
  )
}
