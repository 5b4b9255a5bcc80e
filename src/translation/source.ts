import type { Payload } from 'payload'

import type { ContentCollectionSlug } from '../collections/slugs'
import { inAllLocales } from '../collections/documents'
import { readableText } from '../fields/richText'
import { type FieldAids, translatorAids } from './aids'
import { translatableFields } from './fields'
import { fingerprint } from './fingerprint'
import { type GlossaryTerm, loadGlossary, termsIn } from './glossary'
import type { FieldStatus } from './status'
import { pairsOf, stateOf, type TranslatableDoc } from './values'

/** Besides the Italian: previousSource, diff and changes since the English was made, memory suggestions (aids.ts). */
export interface FieldSource extends FieldAids {
  status: FieldStatus
  /** The Italian value as stored (a string, or a Lexical document), for "copy from Italian". */
  source: unknown
  /** The Italian as readable text, paragraphs separated by blank lines. */
  sourceText: string
  /** Identifies this Italian text: sent back when confirming the English as still accurate. */
  sourceFingerprint: string | null
  terms: GlossaryTerm[]
}

export interface EntrySource {
  status: FieldStatus
  fields: Record<string, FieldSource>
}

/** What a translator needs beside each English field: the Italian, its status, the glossary terms in it. */
export async function entrySource(
  payload: Payload,
  collection: ContentCollectionSlug,
  id: number | string,
): Promise<EntrySource | null> {
  const found = await payload.findByID({
    collection,
    id,
    locale: 'all',
    draft: true,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!found) return null
  const doc: TranslatableDoc = inAllLocales(collection, found)
  const fields = translatableFields(payload.collections[collection].config.fields)
  const pairs = pairsOf(fields, doc)
  const state = stateOf(fields, doc)
  const glossary = await loadGlossary(payload)
  await glossary.learn(Object.values(pairs).map((pair) => pair.source))
  const aids = await translatorAids(payload, collection, fields, doc, state)
  return {
    status: state.status,
    fields: Object.fromEntries(
      fields.map(({ name }): [string, FieldSource] => {
        const source = pairs[name]?.source ?? null
        return [
          name,
          {
            status: state.fields[name] ?? 'complete',
            source,
            sourceText: readableText(source),
            sourceFingerprint: fingerprint(source),
            terms: termsIn(source, glossary),
            ...aids[name]!,
          },
        ]
      }),
    ),
  }
}
