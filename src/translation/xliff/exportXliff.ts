import { type Payload } from 'payload'
import js2xliff, { type XliffUnit } from 'xliff/js2xliff'

import { CodedError } from '../../errors'
import type { ContentCollectionSlug } from '../../collections/slugs'
import { diffAsText } from '../diff'
import { type TranslatableField, translatableFields } from '../fields'
import { fingerprint } from '../fingerprint'
import { describeTerm, type Glossary, loadGlossary, termsIn } from '../glossary'
import { sourceLocale, targetLocale } from '../locales'
import { loadMemory, type TranslationMemory } from '../memory'
import { fieldHistory, keptSourceTexts } from '../previousSource'
import { CHANGES_BUDGET_MS } from '../report'
import type { FieldStatus } from '../status'
import { insertCandidates, type UnitCandidate, unitCandidates } from './candidates'
import { type EncodedRichText, encodeRichText } from './richText'
import { forWriter } from './text'
import { latestInAllLocales, stateOf } from '../values'
import { formatUnitId } from './unitId'

export type ExportScope = 'needs-work' | 'all'

export interface ExportOptions {
  collections: readonly ContentCollectionSlug[]
  /** needs-work: only the fields whose English is missing or outdated. */
  scope: ExportScope
  /** Only these documents (with a single collection). */
  ids?: readonly number[]
  /** Translation-memory candidates (`mtc:matches`) for the units that need work; default true. */
  candidates?: boolean
}

/** The fields of a document to export: all of them, or those still needing work (none when complete). */
function fieldsToExport(
  fields: TranslatableField[],
  statuses: Record<string, FieldStatus>,
  scope: ExportScope,
): TranslatableField[] {
  if (scope === 'all') return fields
  return fields.filter((field) => statuses[field.name] !== 'complete')
}

/**
 * The notes of an outdated unit: what changed in the Italian since the English was translated,
 * word by word ([-deleted-] {+inserted+}), and the Italian it was translated from.
 */
function changeNotes(previous: string | undefined, source: unknown, timeoutMs: number): string[] {
  const history = fieldHistory(previous, source, timeoutMs)
  if (history.previousSource === null) {
    return ['Outdated: the Italian changed since the English was translated; no earlier Italian was recorded.']
  }
  const changes =
    history.diff && history.changes.status === 'words'
      ? `Outdated: the Italian changed since the English was translated (${wordCount(history.changes.inserted, '+')}, ${wordCount(history.changes.deleted, '−')}), [-deleted-] {+inserted+}: ${diffAsText(history.diff)}`
      : 'Outdated: the Italian changed since the English was translated, too much to show word by word: compare it with the previous Italian.'
  return [changes, `Previous Italian (the English was translated from it): ${history.previousSource}`].map(forWriter)
}
const wordCount = (n: number, sign: string) => `${sign}${n} word${n === 1 ? '' : 's'}`

function unitFor(
  kind: string,
  source: unknown,
  target: unknown,
  notes: string[],
  glossary: Glossary,
): { unit: XliffUnit; encoded?: EncodedRichText } {
  const terms = termsIn(source, glossary).map((term) => forWriter(`Glossary: ${describeTerm(term)}`))
  const hasTarget = fingerprint(target) !== null
  let unit: XliffUnit
  let encoded: EncodedRichText | undefined
  if (kind === 'richText') {
    encoded = encodeRichText(source)
    unit = { source: encoded.content, ...(hasTarget ? { target: encodeRichText(target, encoded).content } : {}) }
  } else {
    unit = { source: forWriter(String(source)), ...(hasTarget ? { target: forWriter(String(target)) } : {}) }
  }
  const note = [...notes, ...terms]
  // Whitespace is part of the text: tools must not collapse it.
  return {
    unit: { ...unit, ...(note.length ? { note } : {}), additionalAttributes: { 'xml:space': 'preserve' } },
    encoded,
  }
}

/**
 * An XLIFF 2.0 file (Italian → English) with one unit per localized text field of the chosen
 * documents, read at their latest version (draft or published); one <file> per collection.
 * Outdated units carry notes on what changed in the Italian; units that need work carry the
 * translation memory's exact matches (see candidates.ts). Null when there is nothing to translate.
 * Ids that name no entry: CodedError `errNoEntries`.
 */
export async function exportXliff(payload: Payload, options: ExportOptions): Promise<string | null> {
  const glossary = await loadGlossary(payload)
  const memory: TranslationMemory | null = options.candidates === false ? null : await loadMemory(payload)
  const resources: Record<string, Record<string, XliffUnit>> = {}
  const candidates = new Map<string, UnitCandidate[]>()
  // All the word diffs of one export together take at most this long (as for the status report).
  const deadline = performance.now() + CHANGES_BUDGET_MS
  for (const collection of options.collections) {
    const fields = translatableFields(payload.collections[collection].config.fields)
    // One read: the texts, and the stamps that say which of them need work.
    const docs = await latestInAllLocales(payload, collection, {
      ids: options.ids,
      fieldNames: [...fields.map((f) => f.name), 'translationState'],
    })
    const unknown = (options.ids ?? []).filter((id) => !docs.some((doc) => doc.id === id))
    if (unknown.length > 0) {
      throw new CodedError('errNoEntries', { collection, ids: unknown.join(', '), count: unknown.length })
    }
    await glossary.learn(
      docs.flatMap((doc) => fields.map((f) => (doc[f.name] as Record<string, unknown> | null)?.[sourceLocale])),
    )
    const units: Record<string, XliffUnit> = {}
    for (const doc of docs) {
      const statuses = stateOf(fields, doc).fields
      const kept = keptSourceTexts(doc)
      for (const field of fieldsToExport(fields, statuses, options.scope)) {
        const value = (doc[field.name] ?? {}) as Record<string, unknown>
        const source = value[sourceLocale]
        const target = value[targetLocale]
        const print = fingerprint(source)
        if (print === null) continue
        const id = formatUnitId({ collection, id: Number(doc.id), field: field.name, fingerprint: print })
        const status = statuses[field.name]
        const notes = status === 'outdated' ? changeNotes(kept[field.name], source, deadline - performance.now()) : []
        const { unit, encoded } = unitFor(field.kind, source, target, notes, glossary)
        units[id] = unit
        if (!memory || status === 'complete') continue
        const self = { collection, id: Number(doc.id), field: field.name }
        const offered = unitCandidates(memory.suggest(field.kind, source, target, self), source, encoded)
        if (offered.length > 0) candidates.set(id, offered)
      }
    }
    if (Object.keys(units).length > 0) resources[collection] = units
  }
  if (Object.keys(resources).length === 0) return null
  const xml = await js2xliff({ sourceLanguage: sourceLocale, targetLanguage: targetLocale, resources }, { indent: '' })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${insertCandidates(xml, candidates)}\n`
}
