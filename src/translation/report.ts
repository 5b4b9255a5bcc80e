import type { Payload, PayloadRequest } from 'payload'

import { type ContentCollectionSlug, contentCollectionSlugs } from '../collections/slugs'
import type { ChangeSummary } from './diff'
import { translatableFields } from './fields'
import { sourceLocale, targetLocale } from './locales'
import { outdatedChanges } from './previousSource'
import type { FieldStatus } from './status'
import { latestInAllLocales, pairsOf, stateOf } from './values'

export interface EntryReport {
  id: number | string
  title: string
  status: FieldStatus
  fields: Record<string, FieldStatus>
  /** With `changes`: per outdated field, how much its Italian changed since the English was made. */
  changes?: Record<string, ChangeSummary>
}

export interface ReportOptions {
  /** Summarise the Italian changes of outdated fields, all of them within `changesBudgetMs`. */
  changes?: boolean
  changesBudgetMs?: number
  /** Read inside this request's transaction (a data migration's). */
  req?: PayloadRequest
}

/** Time all change summaries of one report may take together; those left over say 'too-large'. */
export const CHANGES_BUDGET_MS = 3000

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
export async function collectionReport(
  payload: Payload,
  slug: ContentCollectionSlug,
  options: ReportOptions & { deadline?: number } = {},
): Promise<CollectionReport> {
  const config = payload.collections[slug].config
  const fields = translatableFields(config.fields)
  const titleField = config.admin.useAsTitle ?? 'id'
  const docs = await latestInAllLocales(payload, slug, {
    fieldNames: [...fields.map((f) => f.name), titleField, 'translationState'],
    req: options.req,
  })
  const deadline = options.deadline ?? performance.now() + (options.changesBudgetMs ?? CHANGES_BUDGET_MS)
  const entries = docs.map((doc): EntryReport => {
    const state = stateOf(fields, doc)
    const entry = { id: doc.id, title: titleOf(doc[titleField]), status: state.status, fields: state.fields }
    if (!options.changes || state.outdated === 0) return entry
    return { ...entry, changes: outdatedChanges(state.fields, pairsOf(fields, doc), doc, deadline) }
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
  options: ReportOptions = {},
): Promise<TranslationReport> {
  const report: TranslationReport = {}
  const deadline = performance.now() + (options.changesBudgetMs ?? CHANGES_BUDGET_MS)
  // One collection after the other: the pool is shared with the site.
  for (const slug of slugs) report[slug] = await collectionReport(payload, slug, { ...options, deadline })
  return report
}
