import type { Payload } from 'payload'

import type { ContentCollectionSlug } from '../collections/slugs'
import type { TranslatableField } from './fields'
import { loadMemory, type Suggestion } from './memory'
import { type FieldHistory, fieldHistory, keptSourceTexts } from './previousSource'
import type { TranslationState } from './status'
import { pairsOf } from './values'

/** Beside each English field, besides the Italian itself: what changed in it, and the memory's offers. */
export interface FieldAids extends FieldHistory {
  /** Approved English for the same Italian elsewhere (fields whose English is missing or outdated only). */
  suggestions: Suggestion[]
}

/** The aids of every translatable field of one document (read in all locales, latest version). */
export async function translatorAids(
  payload: Payload,
  collection: ContentCollectionSlug,
  fields: TranslatableField[],
  doc: Record<string, unknown>,
  state: TranslationState,
): Promise<Record<string, FieldAids>> {
  const pairs = pairsOf(fields, doc)
  const kept = keptSourceTexts(doc)
  const needsWork = fields.filter(({ name }) => state.fields[name] !== undefined && state.fields[name] !== 'complete')
  // The memory is read only when a field needs work: a complete entry costs nothing more.
  const memory = needsWork.length > 0 ? await loadMemory(payload) : null
  const id = Number(doc.id)
  return Object.fromEntries(
    fields.map(({ name, kind }): [string, FieldAids] => {
      const pair = pairs[name] ?? { source: null, target: null }
      const suggestions =
        memory && needsWork.some((f) => f.name === name)
          ? memory.suggest(kind, pair.source, pair.target, { collection, id, field: name })
          : []
      return [name, { ...fieldHistory(kept[name], pair.source), suggestions }]
    }),
  )
}
