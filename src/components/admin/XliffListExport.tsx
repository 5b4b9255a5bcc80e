'use client'
import { useSelection } from '@payloadcms/ui'
import { useParams } from 'next/navigation'
import { useEffect, useState } from 'react'

import { useAdminText } from './useAdminText'
import { XliffExportLink } from './XliffExportLink'

/**
 * Above a content collection's list: export the selected entries to XLIFF (every field), or all
 * of this collection's missing and outdated fields.
 */
export function XliffListExport() {
  const text = useAdminText()
  const { selectedIDs, selectAll, totalDocs, getQueryParams } = useSelection()
  const acrossPages = selectAll === ('allAvailable' as typeof selectAll)
  const count = acrossPages ? totalDocs : selectedIDs.length
  const params = useParams<{ segments?: string[] }>()
  // The list is at /admin/collections/<slug>.
  const collection = params.segments?.[1] ?? ''
  const base = `/api/xliff/export?collection=${encodeURIComponent(collection)}`
  // "Select all" can span pages: ask the API for every id the list's query matches.
  const selectedHref = async () => {
    if (!acrossPages) return `${base}&scope=all&ids=${selectedIDs.join(',')}`
    const query = getQueryParams()
    const res = await fetch(`/api/${collection}${query}&draft=true&depth=0&limit=0&select[id]=true`, {
      credentials: 'include',
    })
    const { docs } = (await res.json()) as { docs: Array<{ id: number }> }
    return `${base}&scope=all&ids=${docs.map((doc) => doc.id).join(',')}`
  }

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
        <XliffExportLink href={`${base}&scope=needs-work`}>{text('scena:exportCollectionNeedsWork')}</XliffExportLink>
      )}
      {count > 0 && (
        <XliffExportLink href={`${base}&scope=all&ids=${selectedIDs.join(',')}`} resolveHref={selectedHref}>
          {text('scena:exportSelected', { count })}
        </XliffExportLink>
      )}
    </p>
  )
}
