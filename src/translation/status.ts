import type { FieldStatus } from '../fields/translationStatus'
import { fingerprint } from './fingerprint'
import type { TranslatableField, TranslatableKind } from './fields'

export type { FieldStatus } from '../fields/translationStatus'

/** A field's text in the source (Italian) and target (English) language. */
export interface FieldPair {
  source: unknown
  target: unknown
}

/** Per field: the fingerprint of the Italian text its English translation was made from. */
export type SourceStamps = Record<string, string>

export interface TranslationState {
  status: FieldStatus
  missing: number
  outdated: number
  fields: Record<string, FieldStatus>
  sources: SourceStamps
  /** Per stamped field, the Italian (plain text) its English was made from, when known (previousSource.ts). */
  sourceTexts?: Record<string, string>
}

/**
 * Nothing to translate counts as complete; an English text made from another Italian is outdated.
 * A long text (textarea, rich text) identical to the Italian has not been translated yet (copied
 * from Italian, or pre-filled by a CAT tool); a short one may well be the same (a name).
 */
export function fieldStatus(pair: FieldPair, stamp: string | undefined, kind: TranslatableKind = 'text'): FieldStatus {
  const source = fingerprint(pair.source)
  if (source === null) return 'complete'
  const target = fingerprint(pair.target)
  if (target === null || (kind !== 'text' && target === source)) return 'missing'
  return stamp !== undefined && stamp !== source ? 'outdated' : 'complete'
}

/** The entry's roll-up: missing wins over outdated, which wins over complete. */
export function rollUp(fields: Record<string, FieldStatus>): Pick<TranslationState, 'status' | 'missing' | 'outdated'> {
  const values = Object.values(fields)
  const missing = values.filter((s) => s === 'missing').length
  const outdated = values.filter((s) => s === 'outdated').length
  return { status: missing ? 'missing' : outdated ? 'outdated' : 'complete', missing, outdated }
}

/** What a save knows about its English, beyond the texts themselves. */
export interface TranslationIntent {
  /** Fields confirmed as still accurate (the text itself unchanged). */
  confirmed?: readonly string[]
  /** Per field, the fingerprint of the Italian the translator worked from, when known. */
  madeFrom?: Readonly<Record<string, string>>
}

/**
 * The stamps after a save. An English text that changed (or was confirmed) was made from the
 * Italian the translator saw (`madeFrom`), else from the Italian as it is now; so an Italian edit
 * made meanwhile still shows as outdated. An English text saved before stamps existed is taken as
 * made from the Italian before this save, so an Italian edit still marks it outdated.
 */
export function nextStamps(
  fields: TranslatableField[],
  before: Record<string, FieldPair>,
  after: Record<string, FieldPair>,
  stamps: SourceStamps,
  intent: TranslationIntent = {},
): SourceStamps {
  const next: SourceStamps = {}
  for (const { name } of fields) {
    const target = fingerprint(after[name]?.target)
    if (target === null) continue
    const translatedNow = intent.confirmed?.includes(name) || target !== fingerprint(before[name]?.target)
    const made = translatedNow
      ? (intent.madeFrom?.[name] ?? fingerprint(after[name]?.source))
      : (stamps[name] ?? fingerprint(before[name]?.source))
    if (made) next[name] = made
  }
  return next
}

export function translationState(
  fields: TranslatableField[],
  pairs: Record<string, FieldPair>,
  stamps: SourceStamps,
): TranslationState {
  const statuses = Object.fromEntries(
    fields.map(({ name, kind }) => [
      name,
      fieldStatus(pairs[name] ?? { source: null, target: null }, stamps[name], kind),
    ]),
  )
  return { ...rollUp(statuses), fields: statuses, sources: stamps }
}
