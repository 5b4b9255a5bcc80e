'use client'
import { getTranslation } from '@payloadcms/translations'
import { useDocumentInfo, useForm, useFormFields, useLocale, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import { useRef, useState } from 'react'

import { contentCollectionSlugs } from '../../collections/slugs'
import { isEmptyValue } from '../../fields/richText'
import { targetLocale } from '../../translation/locales'
import { MemorySuggestions } from './MemorySuggestions'
import { SourceChanges } from './SourceChanges'
import { StatusBadge } from './StatusBadge'
import { useAdminText } from './useAdminText'
import { useEntrySource } from './useEntrySource'

/**
 * Above each localized field, when editing English: the current Italian text (read-only), the
 * field's translation status, what changed in the Italian since the English was translated (when
 * outdated), the glossary terms it contains, translation-memory suggestions, and "copy from
 * Italian" when empty.
 */
export function TranslationAside({ path, field: config }: { path: string; field?: ClientField }) {
  const text = useAdminText()
  const { i18n } = useTranslation()
  const label = config && 'label' in config && config.label ? getTranslation(config.label, i18n) : path
  const { code } = useLocale()
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const value = useFormFields(([fields]) => fields[path]?.value)
  const { dispatchFields, setModified } = useForm()
  const [copied, setCopied] = useState(false)
  const [inserted, setInserted] = useState(false)
  const [confirmError, setConfirmError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [confirmed, setConfirmed] = useState(false)
  const head = useRef<HTMLDivElement>(null)
  const tracked = Boolean(collectionSlug && (contentCollectionSlugs as readonly string[]).includes(collectionSlug))
  const { loaded, replace } = useEntrySource(
    tracked && code === targetLocale ? collectionSlug : undefined,
    id,
    lastUpdateTime,
  )

  if (!tracked || code !== targetLocale || id === undefined) return null
  if (loaded.state === 'loading')
    return <p className="scena-source scena-source--note">{text('scena:loadingSource')}</p>
  if (loaded.state === 'error')
    return (
      <p className="scena-source scena-source--error" role="alert">
        {text('scena:sourceError')}
      </p>
    )
  const field = loaded.source.fields[path]
  if (!field) return null

  /** Fills the English field (the translator saves). Keyboard focus goes to the field, where work goes on. */
  const fill = (next: unknown) => {
    // A new initial value makes the rich-text editor show the new document too.
    dispatchFields({ type: 'UPDATE', path, value: next, initialValue: next })
    setModified(true)
    setTimeout(() => {
      const input =
        document.querySelector<HTMLElement>(`[data-field-path="${path}"] [contenteditable="true"]`) ??
        document.querySelector<HTMLElement>(`[name="${path}"]`)
      input?.focus()
    }, 100)
  }

  const copy = () => {
    fill(field.source)
    setCopied(true)
  }

  const insert = (next: unknown) => {
    fill(next)
    setInserted(true)
  }

  const confirm = async () => {
    if (confirming) return
    setConfirming(true)
    setConfirmError(null)
    const res = await fetch('/api/translation-confirm', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ collection: collectionSlug, id, field: path, sourceFingerprint: field.sourceFingerprint }),
    }).catch(() => null)
    const json = await res?.json().catch(() => null)
    setConfirming(false)
    if (res?.ok && json) {
      replace(json)
      setConfirmed(true)
      // The button is gone: focus stays in this panel, on the new status.
      head.current?.focus()
    } else setConfirmError(json?.errors?.[0]?.message ?? text('scena:confirmFailed'))
  }

  return (
    <section className="scena-source" aria-label={`${text('scena:italianSource')}: ${label}`}>
      <div className="scena-source__head" ref={head} tabIndex={-1}>
        <span className="scena-source__title">{text('scena:italianSource')}</span>
        <StatusBadge status={field.status}>{text(`scena:${field.status}`)}</StatusBadge>
      </div>
      {field.sourceText ? (
        <div className="scena-source__text" lang="it">
          {field.sourceText.split(/\n{2,}/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      ) : (
        <p className="scena-source--note">{text('scena:emptySource')}</p>
      )}
      {field.status === 'outdated' && (
        <SourceChanges previousSource={field.previousSource} diff={field.diff} changes={field.changes} />
      )}
      {field.terms.length > 0 && (
        <div className="scena-source__terms">
          <span className="scena-source__title">{text('scena:glossary')}</span>
          <ul>
            {field.terms.map((term) => (
              <li key={term.term}>
                <span lang="it">{term.term}</span> → <strong lang="en">{term.translation}</strong>
                {term.note ? <span className="scena-source--note"> — {term.note}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      )}
      {field.suggestions.length > 0 && (
        <MemorySuggestions suggestions={field.suggestions} italian={field.source} english={value} onInsert={insert} />
      )}
      {field.sourceText && isEmptyValue(value) && (
        <button type="button" className="btn btn--style-secondary btn--size-small scena-source__copy" onClick={copy}>
          {text('scena:copyFromItalian')}
        </button>
      )}
      {field.status === 'outdated' && (
        <p className="scena-source__confirm">
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={confirm}
            disabled={confirming}
            aria-busy={confirming || undefined}
          >
            {text('scena:stillAccurate')}
          </button>{' '}
          <span className="scena-source--note">{text('scena:stillAccurateHelp')}</span>
        </p>
      )}
      {confirmError !== null && (
        <p className="scena-source--error" role="alert">
          {text('scena:confirmFailed')}: {confirmError}
        </p>
      )}
      {confirmed && field.status === 'complete' && (
        <p className="scena-source--note" role="status">
          {text('scena:confirmed')}
        </p>
      )}
      {inserted && field.status !== 'complete' && (
        <p className="scena-source--note" role="status">
          {text('scena:memoryInserted')}
        </p>
      )}
      {copied && (
        <p className="scena-source--note" role="status">
          {text('scena:copied')}
        </p>
      )}
    </section>
  )
}
