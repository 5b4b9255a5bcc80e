'use client'
import type { DefaultCellComponentProps } from 'payload'

import type { TranslationState } from '../../translation/status'
import { StatusBadge } from './StatusBadge'
import { useAdminText } from './useAdminText'

/** List column: "Complete", or how many English fields are missing and outdated. */
export function TranslationStatusCell({ rowData }: DefaultCellComponentProps) {
  const text = useAdminText()
  const state = rowData?.translationState as TranslationState | null | undefined
  if (!state) return <StatusBadge status="unknown">{text('scena:notTracked')}</StatusBadge>
  if (state.status === 'complete') return <StatusBadge status="complete">{text('scena:complete')}</StatusBadge>
  const parts = [
    state.missing ? text('scena:nMissing', { count: state.missing }) : null,
    state.outdated ? text('scena:nOutdated', { count: state.outdated }) : null,
  ].filter(Boolean)
  return <StatusBadge status={state.status}>{parts.join(' · ')}</StatusBadge>
}
