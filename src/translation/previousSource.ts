import type { Payload, PayloadRequest } from 'payload'

import { inAllLocales } from '../collections/documents'
import type { ContentCollectionSlug } from '../collections/slugs'
import { type ChangeSummary, type DiffPart, summarize, wordDiff } from './diff'
import type { TranslatableField } from './fields'
import { fingerprint } from './fingerprint'
import { sourceLocale } from './locales'
import { plainSource } from './sourceText'
import type { FieldPair, SourceStamps, TranslationState } from './status'
import type { TranslatableDoc } from './values'

/**
 * Per field: the Italian (as plainSource() text) its English was translated from. Kept in the
 * document's translationState next to the stamps (`sources`), so no schema change; a text counts
 * only while its fingerprint is the field's stamp, so a stale or edited one is never shown.
 */
export type SourceTexts = Record<string, string>

/**
 * Longest Italian kept per field. Text fields (300) and textareas (10,000) always fit; a rich text
 * with more words than this (its limit is 200 kB of JSON) keeps none: "no earlier Italian recorded".
 * The state is copied into every version (at most 50 per entry), so this bounds that too.
 */
export const MAX_KEPT_SOURCE_CHARS = 50_000

type StoredState = Partial<TranslationState> & { sourceTexts?: SourceTexts }
const stateIn = (doc: Record<string, unknown> | null | undefined) =>
  (doc?.translationState ?? null) as StoredState | null

/** The kept Italian of every stamped field that still matches its stamp. */
export function keptSourceTexts(doc: Record<string, unknown> | null | undefined): SourceTexts {
  const state = stateIn(doc)
  const stamps = state?.sources ?? {}
  const texts = state?.sourceTexts ?? {}
  return Object.fromEntries(
    Object.entries(texts).filter(
      ([name, text]) => typeof text === 'string' && stamps[name] !== undefined && fingerprint(text) === stamps[name],
    ),
  )
}

/** Whether a document's state was written (or backfilled) since source texts are kept. */
export const keepsSourceTexts = (doc: Record<string, unknown> | null | undefined): boolean =>
  Boolean(stateIn(doc)?.sourceTexts)

const keepable = (text: string) => text !== '' && text.length <= MAX_KEPT_SOURCE_CHARS

/**
 * The Italian each stamp stands for, from the texts at hand: the Italian after and before this
 * save, and what was kept before. Stamps none of them matches are returned as missing.
 */
export function sourceTextsForStamps(
  fields: readonly TranslatableField[],
  stamps: SourceStamps,
  candidates: { before: Record<string, FieldPair>; after: Record<string, FieldPair>; kept: SourceTexts },
): { texts: SourceTexts; missing: SourceStamps } {
  const texts: SourceTexts = {}
  const missing: SourceStamps = {}
  for (const { name } of fields) {
    const stamp = stamps[name]
    if (stamp === undefined) continue
    const kept = candidates.kept[name]
    const found = [candidates.after[name]?.source, candidates.before[name]?.source]
      .filter((value) => fingerprint(value) === stamp)
      .map(plainSource)
      .concat(kept !== undefined ? [kept] : [])
      .find(keepable)
    if (found !== undefined) texts[name] = found
    else missing[name] = stamp
  }
  return { texts, missing }
}

/** A version row as findVersions returns it (read in all locales). */
/** A version's entry: its id, or the entry itself when populated. */
const parentOf = (parent: unknown): number =>
  Number(parent && typeof parent === 'object' ? (parent as { id: unknown }).id : parent)

/** At most this many version rows read per query (entries keep at most 50 versions each). */
const VERSION_ROWS_PER_QUERY = 5000

/**
 * Looks up, in the entries' version history (newest first), the Italian whose fingerprint is each
 * wanted stamp. Returns per entry id the texts found.
 */
export async function recoverFromVersions(
  payload: Payload,
  collection: ContentCollectionSlug,
  wanted: ReadonlyMap<number, SourceStamps>,
  req?: PayloadRequest,
): Promise<Map<number, SourceTexts>> {
  const found = new Map<number, SourceTexts>()
  const ids = [...wanted.keys()]
  // Every version of these entries; fingerprints are only computed for the fields still wanted.
  for (let start = 0; start < ids.length; start += 100) {
    const chunk = ids.slice(start, start + 100)
    const keep = req ? { locale: req.locale, fallbackLocale: req.fallbackLocale } : null
    const { docs } = await payload.findVersions({
      collection,
      where: { parent: { in: chunk } },
      locale: 'all',
      depth: 0,
      sort: '-updatedAt',
      limit: VERSION_ROWS_PER_QUERY,
      pagination: false,
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
    // The Local API sets req.locale to the locale it reads ('all'): the caller's save keeps its own.
    if (req && keep) Object.assign(req, keep)
    for (const doc of docs) {
      const id = parentOf(doc.parent)
      const version: TranslatableDoc = inAllLocales(collection, doc.version)
      const stamps = wanted.get(id)
      if (!stamps) continue
      const texts = found.get(id) ?? {}
      for (const [name, stamp] of Object.entries(stamps)) {
        if (texts[name] !== undefined) continue
        const italian = ((version[name] ?? {}) as Record<string, unknown>)[sourceLocale]
        if (fingerprint(italian) !== stamp) continue
        const text = plainSource(italian)
        if (keepable(text)) texts[name] = text
      }
      found.set(id, texts)
    }
  }
  return found
}

/**
 * The Italian kept with a save's stamps (see trackTranslation): found among the texts at hand, or
 * for a stamp none of them matches (a translation made from an Italian older than the stored
 * one), in the entry's version history.
 */
export async function sourceTextsOfSave(
  req: PayloadRequest,
  collection: string,
  id: number | string | undefined,
  fields: readonly TranslatableField[],
  stamps: SourceStamps,
  at: { before: Record<string, FieldPair>; after: Record<string, FieldPair>; stored: unknown },
): Promise<SourceTexts> {
  const kept = keptSourceTexts(at.stored as Record<string, unknown> | null)
  const { texts, missing } = sourceTextsForStamps(fields, stamps, { ...at, kept })
  if (id === undefined || Object.keys(missing).length === 0) return texts
  const found = await recoverFromVersions(
    req.payload,
    collection as ContentCollectionSlug,
    new Map([[Number(id), missing]]),
    req,
  )
  return { ...texts, ...found.get(Number(id)) }
}

/** What a translator is told about one field's Italian since its English was made. */
export interface FieldHistory {
  /** The Italian the English was translated from (plain text), or null when not recorded. */
  previousSource: string | null
  /** Word-level diff from previousSource to the Italian now; null without previousSource or when too large. */
  diff: DiffPart[] | null
  /** The diff in numbers ('words'), or why there is none. */
  changes: ChangeSummary
}

/** A field's history, from its kept Italian and the Italian now. `timeoutMs` bounds the diff. */
export function fieldHistory(previous: string | undefined, current: unknown, timeoutMs?: number): FieldHistory {
  if (previous === undefined) return { previousSource: null, diff: null, changes: { status: 'unrecorded' } }
  const diff = wordDiff(previous, plainSource(current), timeoutMs)
  return { previousSource: previous, diff, changes: diff ? summarize(diff) : { status: 'too-large' } }
}

/** The change summaries of a document's outdated fields (see report), within a shared time budget. */
export function outdatedChanges(
  statuses: Record<string, string>,
  pairs: Record<string, FieldPair>,
  doc: Record<string, unknown>,
  deadline: number,
): Record<string, ChangeSummary> {
  const kept = keptSourceTexts(doc)
  const changes: Record<string, ChangeSummary> = {}
  for (const [name, status] of Object.entries(statuses)) {
    if (status !== 'outdated') continue
    changes[name] = fieldHistory(kept[name], pairs[name]?.source, deadline - performance.now()).changes
  }
  return changes
}
