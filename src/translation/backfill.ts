import type { Payload, PayloadRequest } from 'payload'

import { contentCollectionSlugs } from '../collections/slugs'
import { sqlRunner } from '../db/sql'
import { collectionReport } from './report'
import { rollUp, type TranslationState } from './status'

/**
 * Entries saved before translation status existed have none stored, so lists can neither show
 * nor filter them. Computes it once, in place (no new version, no publish), for those entries only.
 * Run by the data migration `20261205_043000_data_startup_backfills`, in its transaction (`req`).
 */
export async function backfillTranslationStatus(payload: Payload, req?: PayloadRequest): Promise<number> {
  const query = await sqlRunner(payload, req)
  let filled = 0
  for (const slug of contentCollectionSlugs) {
    const { totalDocs } = await payload.count({
      collection: slug,
      where: { translationStatus: { exists: false } },
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
    if (totalDocs === 0) continue
    const table = slug.replace(/-/g, '_')
    for (const entry of (await collectionReport(payload, slug, { req })).entries) {
      // No stamps yet: the next Italian edit takes the current English as made from today's Italian.
      const state: TranslationState = { ...rollUp(entry.fields), fields: entry.fields, sources: {} }
      const params = [state.status, JSON.stringify(state), entry.id]
      await query(
        `UPDATE "${table}" SET translation_status = $1, translation_state = $2 WHERE id = $3 AND translation_status IS NULL`,
        params,
      )
      await query(
        `UPDATE "_${table}_v" SET version_translation_status = $1, version_translation_state = $2
         WHERE parent_id = $3 AND latest AND version_translation_status IS NULL`,
        params,
      )
      filled++
    }
  }
  return filled
}
