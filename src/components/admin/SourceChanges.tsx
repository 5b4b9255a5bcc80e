'use client'
import { useTranslation } from '@payloadcms/ui'

import type { ChangeSummary, DiffPart } from '../../translation/diff'
import { changeSummaryText } from './changeSummaryText'
import { useAdminText } from './useAdminText'

/**
 * Beside an outdated field's Italian: the word-level diff from the Italian its English was
 * translated from to the Italian now. Insertions are underlined (<ins>), deletions struck through
 * (<del>), both also coloured; screen readers hear "added: … (end)" / "removed: … (end)".
 * Folds away with its summary line (a <details>, keyboard-operable).
 */
export function SourceChanges({
  previousSource,
  diff,
  changes,
}: {
  previousSource: string | null
  diff: DiffPart[] | null
  changes: ChangeSummary
}) {
  const text = useAdminText()
  const { i18n } = useTranslation()
  const admin = i18n.language
  const hidden = (key: 'scena:diffInserted' | 'scena:diffDeleted' | 'scena:diffEnd', space: 'before' | 'after') => (
    <span className="scena-visually-hidden" lang={admin}>
      {space === 'after' ? ' ' : ''}
      {text(key)}
      {space === 'before' ? ' ' : ''}
    </span>
  )
  return (
    <details className="scena-changes" open>
      <summary>
        <span className="scena-source__title">{text('scena:changesTitle')}</span>
        {': '}
        <span data-testid="change-summary">{changeSummaryText(changes, text, true)}</span>
      </summary>
      <p className="scena-source--note">{text('scena:changesIntro')}</p>
      {diff ? (
        <>
          <p className="scena-changes__diff" lang="it" data-testid="source-diff">
            {diff.map((part, i) =>
              part.op === 'insert' ? (
                <ins key={i}>
                  {hidden('scena:diffInserted', 'before')}
                  {part.text}
                  {hidden('scena:diffEnd', 'after')}
                </ins>
              ) : part.op === 'delete' ? (
                <del key={i}>
                  {hidden('scena:diffDeleted', 'before')}
                  {part.text}
                  {hidden('scena:diffEnd', 'after')}
                </del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
          <p className="scena-source--note" aria-hidden="true">
            {text('scena:changesLegend')}
          </p>
        </>
      ) : (
        <>
          <p className="scena-source--note">{changeSummaryText(changes, text)}</p>
          {previousSource !== null && (
            <div>
              <span className="scena-source__title">{text('scena:previousItalian')}</span>
              <p className="scena-changes__diff" lang="it">
                {previousSource}
              </p>
            </div>
          )}
        </>
      )}
    </details>
  )
}
