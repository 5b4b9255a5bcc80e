'use client'
import { useAuth, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useRef, useState } from 'react'

import { hasRole } from '../../access/roles'
import type { Locale } from '../../i18n/locales'
import type { AdminKey } from '../../i18n/admin'
import { useAdminText } from './useAdminText'

interface Redirect {
  id: number
  from: string
  entryLocale: Locale
}

type Loaded = { state: 'loading' } | { state: 'error' } | { state: 'ready'; redirects: Redirect[] }

/** The redirects the content hooks keep for this entry's former addresses (src/redirects/follow.ts). */
async function fetchFormerAddresses(collection: string, id: number | string): Promise<Redirect[]> {
  const query = new URLSearchParams({
    'where[entryCollection][equals]': collection,
    'where[entryId][equals]': String(id),
    sort: 'entryLocale,from',
    limit: '100',
    depth: '0',
  })
  const res = await fetch(`/api/redirects?${query}`, { credentials: 'include' })
  if (!res.ok) throw new Error(`redirects ${res.status}`)
  return ((await res.json()) as { docs: Redirect[] }).docs
}

const languageKey: Record<Locale, AdminKey> = { it: 'scena:languageIt', en: 'scena:languageEn' }

/**
 * In an entry's sidebar: the addresses it had before, per language, which now lead to its current
 * page (src/redirects/follow.ts). Editors can remove one, after confirming; everyone on the staff
 * sees them. Refreshed after every save, when a renamed slug may have added one.
 */
export function FormerAddresses() {
  const text = useAdminText()
  const { user } = useAuth()
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  const [confirming, setConfirming] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [removals, setRemovals] = useState(0)
  const [status, setStatus] = useState<{ message: string; error: boolean } | null>(null)
  const list = useRef<HTMLElement>(null)
  const confirmButton = useRef<HTMLButtonElement>(null)
  const mayRemove = hasRole(user, 'admin', 'editor')

  // Reloaded after every save (a renamed slug may have added one) and every removal.
  useEffect(() => {
    if (id === undefined || !collectionSlug) return
    let live = true
    fetchFormerAddresses(collectionSlug, id).then(
      (redirects) => live && setLoaded({ state: 'ready', redirects }),
      () => live && setLoaded({ state: 'error' }),
    )
    return () => {
      live = false
    }
  }, [id, collectionSlug, lastUpdateTime, removals])

  // The confirmation appears where the Remove button was: keyboard focus follows it.
  useEffect(() => {
    if (confirming !== null) confirmButton.current?.focus()
  }, [confirming])

  if (id === undefined) return null

  const remove = async (redirect: Redirect) => {
    setBusy(true)
    setStatus(null)
    try {
      const res = await fetch(`/api/redirects/${redirect.id}`, { method: 'DELETE', credentials: 'include' })
      if (!res.ok) {
        const json = await res.json().catch(() => null)
        throw new Error(json?.errors?.[0]?.message ?? String(res.status))
      }
      setStatus({ message: text('scena:formerAddressRemoved', { from: redirect.from }), error: false })
      setConfirming(null)
      setRemovals((n) => n + 1)
      list.current?.focus()
    } catch (error) {
      setStatus({
        message: text('scena:formerAddressRemoveFailed', { error: (error as Error).message }),
        error: true,
      })
    } finally {
      setBusy(false)
    }
  }

  const redirects = loaded.state === 'ready' ? loaded.redirects : []
  const byLocale = (['it', 'en'] as const)
    .map((locale) => ({ locale, items: redirects.filter((r) => r.entryLocale === locale) }))
    .filter((group) => group.items.length > 0)

  return (
    <section className="scena-source scena-former" ref={list} tabIndex={-1} aria-labelledby="scena-former-title">
      <div className="scena-source__head">
        <span className="scena-source__title" id="scena-former-title">
          {text('scena:formerAddresses')}
        </span>
      </div>
      {loaded.state === 'loading' && <p className="scena-source--note">{text('scena:formerAddressesLoading')}</p>}
      {loaded.state === 'error' && (
        <p className="scena-source--error" role="alert">
          {text('scena:formerAddressesError')}
        </p>
      )}
      {loaded.state === 'ready' && redirects.length === 0 && (
        <p className="scena-source--note">{text('scena:formerAddressesNone')}</p>
      )}
      {redirects.length > 0 && (
        <p className="scena-source--note">
          {text('scena:formerAddressesCount', { count: redirects.length })}. {text('scena:formerAddressesIntro')}
        </p>
      )}
      {byLocale.map(({ locale, items }) => (
        <div key={locale}>
          <h4 className="scena-former__language">{text(languageKey[locale])}</h4>
          <ul className="scena-former__list">
            {items.map((redirect) => (
              <li key={redirect.id}>
                <code>{redirect.from}</code>
                {mayRemove && confirming !== redirect.id && (
                  <button
                    type="button"
                    className="btn btn--style-secondary btn--size-small"
                    aria-label={text('scena:formerAddressRemoveLabel', { from: redirect.from })}
                    disabled={busy}
                    onClick={() => setConfirming(redirect.id)}
                  >
                    {text('scena:formerAddressRemove')}
                  </button>
                )}
                {mayRemove && confirming === redirect.id && (
                  <div role="group" aria-label={text('scena:formerAddressRemoveLabel', { from: redirect.from })}>
                    <p>{text('scena:formerAddressConfirm', { from: redirect.from })}</p>
                    <div className="scena-actions">
                      <button
                        type="button"
                        className="btn btn--style-primary btn--size-small"
                        disabled={busy}
                        aria-busy={busy || undefined}
                        ref={confirmButton}
                        onClick={() => void remove(redirect)}
                      >
                        {busy ? text('scena:formerAddressRemoving') : text('scena:formerAddressConfirmYes')}
                      </button>
                      <button
                        type="button"
                        className="btn btn--style-secondary btn--size-small"
                        disabled={busy}
                        onClick={() => setConfirming(null)}
                      >
                        {text('scena:formerAddressConfirmNo')}
                      </button>
                    </div>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p role="status" className={status?.error ? 'scena-source--error' : 'scena-source--note'}>
        {status?.message}
      </p>
    </section>
  )
}
