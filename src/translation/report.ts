import type { Payload } from 'payload'

import { type ContentCollectionSlug, contentCollectionSlugs } from '../collections/slugs'
import { translatableFields } from './fields'
import { sourceLocale, targetLocale } from './locales'
import type { FieldStatus } from './status'
import { latestInAllLocales, stateOf } from './values'

export interface EntryReport {
  id: number | string
  title: string
  status: FieldStatus
  fields: Record<string, FieldStatus>
}

export interface CollectionReport {
  total: number
  complete: number
  missing: number
  outdated: number
  entries: EntryReport[]
}

export type TranslationReport = Partial<Record<ContentCollectionSlug, CollectionReport>>

const titleOf = (value: unknown): string => {
  const pair = (value ?? {}) as Record<string, unknown>
  const text = pair[sourceLocale] ?? pair[targetLocale]
  return typeof text === 'string' ? text : ''
}

/**
 * The English status of every entry (its latest version, draft or published), computed from
 * the texts themselves and the stamps kept at each save.
 */
export async function collectionReport(payload: Payload, slug: ContentCollectionSlug): Promise<CollectionReport> {
  const config = payload.collections[slug].config
  const fields = translatableFields(config.fields)
  const titleField = config.admin.useAsTitle ?? 'id'
  const docs = await latestInAllLocales(payload, slug, {
    fieldNames: [...fields.map((f) => f.name), titleField, 'translationState'],
  })
  const entries = docs.map((doc) => {
    const state = stateOf(fields, doc)
    return { id: doc.id, title: titleOf(doc[titleField]), status: state.status, fields: state.fields }
  })
  const count = (status: FieldStatus) => entries.filter((e) => e.status === status).length
  return {
    total: entries.length,
    complete: count('complete'),
    missing: count('missing'),
    outdated: count('outdated'),
    entries,
  }
}

export async function translationReport(
  payload: Payload,
  slugs: readonly ContentCollectionSlug[] = contentCollectionSlugs,
): Promise<TranslationReport> {
  const report: TranslationReport = {}
  // One collection after the other: the pool is shared with the site.
  for (const slug of slugs) report[slug] = await collectionReport(payload, slug)
  return report
}
