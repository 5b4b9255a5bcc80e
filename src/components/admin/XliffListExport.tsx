'use client'
import { useSelection } from '@payloadcms/ui'
import { useParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import { useAdminText } from './useAdminText'

/**
 * Above a content collection's list: export the selected entries to XLIFF (every field), or all
 * of this collection's missing and outdated fields.
 */
export function XliffListExport() {
  const text = useAdminText()
  const { selectedIDs } = useSelection()
  const params = useParams<{ segments?: string[] }>()
  // The list is at /admin/collections/<slug>.
  const collection = params.segments?.[1] ?? ''
  const base = `/api/xliff/export?collection=${encodeURIComponent(collection)}`
  // Offer the "needs work" export only when there is work: an empty export has no file to give.
  const [needsWork, setNeedsWork] = useState<number | null>(null)
  useEffect(() => {
    let live = true
    fetch(`/api/translation-status?collection=${encodeURIComponent(collection)}`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then((report) => {
        const counts = report?.[collection]
        if (live && counts) setNeedsWork(counts.missing + counts.outdated)
      })
      .catch(() => undefined)
    return () => {
      live = false
    }
  }, [collection])
  return (
    <p className="scena-actions scena-list-export">
      <span className="scena-source__title">{text('scena:xliff')}:</span>
      {needsWork === 0 && <span className="scena-source--note">{text('scena:allTranslated')}</span>}
      {needsWork !== null && needsWork > 0 && (
        <a className="btn btn--style-secondary btn--size-small" href={`${base}&scope=needs-work`} download>
          {text('scena:exportCollectionNeedsWork')}
        </a>
      )}
      {selectedIDs.length > 0 && (
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`${base}&scope=all&ids=${selectedIDs.join(',')}`}
          download
        >
          {text('scena:exportSelected', { count: selectedIDs.length })}
        </a>
      )}
    </p>
  )
}
