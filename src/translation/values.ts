import type { FieldPair } from './status'
import type { TranslatableField } from './fields'
import { sourceLocale, targetLocale } from './locales'

/** A document read with `locale: 'all'`: each localized field is `{ it, en }`. */
export type AllLocalesDoc = Record<string, unknown>

/** Source and target text of every translatable field of a document read in all locales. */
export function pairsOf(fields: TranslatableField[], doc: AllLocalesDoc | null | undefined): Record<string, FieldPair> {
  return Object.fromEntries(
    fields.map(({ name }) => {
      const value = (doc?.[name] ?? {}) as Record<string, unknown>
      return [name, { source: value[sourceLocale] ?? null, target: value[targetLocale] ?? null }]
    }),
  )
}
