import { fingerprint } from './fingerprint'
import type { TranslatableField } from './fields'

export type FieldStatus = 'complete' | 'missing' | 'outdated'
export const fieldStatuses: readonly FieldStatus[] = ['complete', 'missing', 'outdated']

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
}

/** Nothing to translate counts as complete; an English text made from another Italian is outdated. */
export function fieldStatus(pair: FieldPair, stamp: string | undefined): FieldStatus {
  const source = fingerprint(pair.source)
  if (source === null) return 'complete'
  if (fingerprint(pair.target) === null) return 'missing'
  return stamp !== undefined && stamp !== source ? 'outdated' : 'complete'
}

/** The entry's roll-up: missing wins over outdated, which wins over complete. */
export function rollUp(fields: Record<string, FieldStatus>): Pick<TranslationState, 'status' | 'missing' | 'outdated'> {
  const values = Object.values(fields)
  const missing = values.filter((s) => s === 'missing').length
  const outdated = values.filter((s) => s === 'outdated').length
  return { status: missing ? 'missing' : outdated ? 'outdated' : 'complete', missing, outdated }
}

/**
 * The stamps after a save. An English text that changed (or was confirmed) was made from the Italian as it is now;
 * an English text saved before stamps existed is taken as made from the Italian before this save,
 * so an Italian edit still marks it outdated.
 */
export function nextStamps(
  fields: TranslatableField[],
  before: Record<string, FieldPair>,
  after: Record<string, FieldPair>,
  stamps: SourceStamps,
  /** Fields a translator confirmed as still accurate for the current Italian. */
  confirmed: readonly string[] = [],
): SourceStamps {
  const next: SourceStamps = {}
  for (const { name } of fields) {
    const target = fingerprint(after[name]?.target)
    if (target === null) continue
    const translatedNow = confirmed.includes(name) || target !== fingerprint(before[name]?.target)
    const stamp = translatedNow ? null : (stamps[name] ?? fingerprint(before[name]?.source))
    const made = stamp ?? fingerprint(after[name]?.source)
    if (made !== null) next[name] = made
  }
  return next
}

export function translationState(
  fields: TranslatableField[],
  pairs: Record<string, FieldPair>,
  stamps: SourceStamps,
): TranslationState {
  const statuses = Object.fromEntries(
    fields.map(({ name }) => [name, fieldStatus(pairs[name] ?? { source: null, target: null }, stamps[name])]),
  )
  return { ...rollUp(statuses), fields: statuses, sources: stamps }
}
