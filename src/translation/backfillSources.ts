import type { Payload, PayloadRequest } from 'payload'

import { type ContentCollectionSlug, contentCollectionSlugs } from '../collections/slugs'
import { type RunSql, sqlRunner } from '../db/sql'
import { translatableFields } from './fields'
import { keepsSourceTexts, keptSourceTexts, recoverFromVersions, sourceTextsForStamps } from './previousSource'
import type { SourceStamps } from './status'
import { latestInAllLocales, pairsOf, stampsOf } from './values'

/**
 * Entries stamped before the Italian behind each stamp was kept have stamps only. Once (the data
 * migration `20261205_043000_data_startup_backfills`, in its transaction `req`), finds that
 * Italian: the current one when the stamp matches it (complete fields), else the newest version in
 * the entry's history whose Italian has that fingerprint. Written in place into the
 * latest version (what translation tools read) and the entry row (no new version); a stamp found
 * nowhere stays without text ("no earlier Italian recorded"). Returns the entries updated.
 */
export async function backfillSourceTexts(payload: Payload, req?: PayloadRequest): Promise<number> {
  const query = await sqlRunner(payload, req)
  let updated = 0
  for (const slug of contentCollectionSlugs) {
    const table = slug.replace(/-/g, '_')
    const { rows } = await query(
      `SELECT parent_id FROM "_${table}_v" WHERE latest AND version_translation_state IS NOT NULL
       AND NOT (version_translation_state ? 'sourceTexts')`,
    )
    if (rows.length === 0) continue
    updated += await backfillCollection(
      payload,
      query,
      slug,
      table,
      rows.map((row) => Number(row.parent_id)),
      req,
    )
  }
  return updated
}

async function backfillCollection(
  payload: Payload,
  query: RunSql,
  slug: ContentCollectionSlug,
  table: string,
  ids: number[],
  req?: PayloadRequest,
): Promise<number> {
  const fields = translatableFields(payload.collections[slug].config.fields)
  const docs = (
    await latestInAllLocales(payload, slug, {
      ids,
      fieldNames: [...fields.map((f) => f.name), 'translationState'],
      req,
    })
  ).filter((doc) => !keepsSourceTexts(doc))
  const plans = docs.map((doc) => {
    const pairs = pairsOf(fields, doc)
    const found = sourceTextsForStamps(fields, stampsOf(doc), {
      before: pairs,
      after: pairs,
      kept: keptSourceTexts(doc),
    })
    return { id: doc.id, ...found }
  })
  const wanted = new Map<number, SourceStamps>(
    plans.filter((plan) => Object.keys(plan.missing).length > 0).map((plan) => [plan.id, plan.missing]),
  )
  const recovered = wanted.size > 0 ? await recoverFromVersions(payload, slug, wanted, req) : new Map()
  for (const plan of plans) {
    const texts = JSON.stringify({ ...plan.texts, ...recovered.get(plan.id) })
    await query(
      `UPDATE "_${table}_v" SET version_translation_state = jsonb_set(version_translation_state, '{sourceTexts}', $1::jsonb)
       WHERE parent_id = $2 AND latest AND version_translation_state IS NOT NULL`,
      [texts, plan.id],
    )
    // Kept texts are checked against the stamps when read: the entry row may hold other stamps.
    await query(
      `UPDATE "${table}" SET translation_state = jsonb_set(translation_state, '{sourceTexts}', $1::jsonb)
       WHERE id = $2 AND translation_state IS NOT NULL AND NOT (translation_state ? 'sourceTexts')`,
      [texts, plan.id],
    )
  }
  return plans.length
}
