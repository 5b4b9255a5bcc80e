import type { CollectionBeforeChangeHook } from 'payload'

import { translatableFields } from './fields'
import { sourceLocale, targetLocale } from './locales'
import { type FieldPair, nextStamps, type TranslationIntent, translationState } from './status'
import { pairsOf, stampsOf } from './values'
import { sourceTextsOfSave } from './previousSource'

/** The pairs after this save: the saved locale's values replace the stored ones. */
function applyData(
  pairs: Record<string, FieldPair>,
  data: Record<string, unknown>,
  locale: string | undefined,
): Record<string, FieldPair> {
  const after: Record<string, FieldPair> = {}
  for (const [name, pair] of Object.entries(pairs)) {
    if (!(name in data)) {
      after[name] = pair
    } else if (locale === 'all') {
      const value = (data[name] ?? {}) as Record<string, unknown>
      after[name] = {
        source: sourceLocale in value ? value[sourceLocale] : pair.source,
        target: targetLocale in value ? value[targetLocale] : pair.target,
      }
    } else if (locale === targetLocale) {
      after[name] = { ...pair, target: data[name] }
    } else {
      after[name] = { ...pair, source: data[name] }
    }
  }
  return after
}

/** Context key of a save's TranslationIntent (confirm endpoint, XLIFF import). */
export const translationIntentKey = 'translationIntent'

/**
 * Keeps the English translation status honest in the same save: which fields are missing, and
 * which were translated from an Italian text that has changed since (by fingerprint).
 */
export const trackTranslation: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
  collection,
  context,
}) => {
  const fields = translatableFields(collection.fields)
  const id = operation === 'update' ? (originalDoc as { id?: number | string } | undefined)?.id : undefined
  // The Local API sets req.locale to the locale it reads ('all'): the save must keep its own.
  const { locale, fallbackLocale } = req
  const stored = id
    ? await req.payload.findByID({
        collection: collection.slug,
        id,
        locale: 'all',
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
      })
    : null
  Object.assign(req, { locale, fallbackLocale })
  const before = pairsOf(fields, stored as Record<string, unknown> | null)
  const after = applyData(before, data, locale ?? sourceLocale)
  const previous = stampsOf(stored as Record<string, unknown> | null)
  const stamps = nextStamps(fields, before, after, previous, (context[translationIntentKey] ?? {}) as TranslationIntent)
  const state = translationState(fields, after, stamps)
  const sourceTexts = await sourceTextsOfSave(req, collection.slug, id, fields, stamps, { before, after, stored })
  return { ...data, translationStatus: state.status, translationState: { ...state, sourceTexts } }
}
