import { type Payload } from 'payload'
import js2xliff, { type XliffUnit } from 'xliff/js2xliff'

import { RequestError } from '../../errors'
import type { ContentCollectionSlug } from '../../collections/slugs'
import { type TranslatableField, translatableFields } from '../fields'
import { fingerprint } from '../fingerprint'
import { describeTerm, type GlossaryTerm, loadGlossary, termsIn } from '../glossary'
import { sourceLocale, targetLocale } from '../locales'
import { encodeRichText } from './richText'
import { forWriter } from './text'
import { latestInAllLocales, stateOf, type TranslatableDoc } from '../values'
import { formatUnitId } from './unitId'

export type ExportScope = 'needs-work' | 'all'

export interface ExportOptions {
  collections: readonly ContentCollectionSlug[]
  /** needs-work: only the fields whose English is missing or outdated. */
  scope: ExportScope
  /** Only these documents (with a single collection). */
  ids?: readonly number[]
}

/** The fields of a document to export: all of them, or those still needing work (none when complete). */
function fieldsToExport(fields: TranslatableField[], doc: TranslatableDoc, scope: ExportScope): TranslatableField[] {
  if (scope === 'all') return fields
  const state = stateOf(fields, doc)
  return fields.filter((field) => state.fields[field.name] !== 'complete')
}

function unitFor(kind: string, source: unknown, target: unknown, glossary: readonly GlossaryTerm[]): XliffUnit {
  const terms = termsIn(source, glossary).map((term) => forWriter(`Glossary: ${describeTerm(term)}`))
  const hasTarget = fingerprint(target) !== null
  let unit: XliffUnit
  if (kind === 'richText') {
    const italian = encodeRichText(source)
    unit = { source: italian.content, ...(hasTarget ? { target: encodeRichText(target, italian).content } : {}) }
  } else {
    unit = { source: forWriter(String(source)), ...(hasTarget ? { target: forWriter(String(target)) } : {}) }
  }
  // Whitespace is part of the text: tools must not collapse it.
  return { ...unit, ...(terms.length ? { note: terms } : {}), additionalAttributes: { 'xml:space': 'preserve' } }
}

/**
 * An XLIFF 2.0 file (Italian → English) with one unit per localized text field of the chosen
 * documents, read at their latest version (draft or published); one <file> per collection.
 * Null when there is nothing to translate.
 */
export async function exportXliff(payload: Payload, options: ExportOptions): Promise<string | null> {
  const glossary = await loadGlossary(payload)
  const resources: Record<string, Record<string, XliffUnit>> = {}
  for (const collection of options.collections) {
    const fields = translatableFields(payload.collections[collection].config.fields)
    // One read: the texts, and the stamps that say which of them need work.
    const docs = await latestInAllLocales(payload, collection, {
      ids: options.ids,
      fieldNames: [...fields.map((f) => f.name), 'translationState'],
    })
    const unknown = (options.ids ?? []).filter((id) => !docs.some((doc) => doc.id === id))
    if (unknown.length > 0) throw new RequestError(`No ${collection} with id ${unknown.join(', ')}.`, 400)
    const units: Record<string, XliffUnit> = {}
    for (const doc of docs) {
      for (const field of fieldsToExport(fields, doc, options.scope)) {
        const value = (doc[field.name] ?? {}) as Record<string, unknown>
        const source = value[sourceLocale]
        const print = fingerprint(source)
        if (print === null) continue
        const id = formatUnitId({ collection, id: Number(doc.id), field: field.name, fingerprint: print })
        units[id] = unitFor(field.kind, source, value[targetLocale], glossary)
      }
    }
    if (Object.keys(units).length > 0) resources[collection] = units
  }
  if (Object.keys(resources).length === 0) return null
  const xml = await js2xliff({ sourceLanguage: sourceLocale, targetLanguage: targetLocale, resources }, { indent: '' })
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`
}
