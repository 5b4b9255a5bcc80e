import type { Payload, PayloadRequest, Where } from 'payload'

import { type AllLocalesOf, inAllLocales } from '../collections/documents'
import type { ContentCollectionSlug } from '../collections/slugs'
import { type FieldPair, type SourceStamps, translationState, type TranslationState } from './status'
import type { TranslatableField } from './fields'
import { sourceLocale, targetLocale } from './locales'

/**
 * A content entry read in every locale, of whichever type: translation tools read its fields by the
 * names in the collection's config (translatableFields), known only at run time.
 */
export type TranslatableDoc = AllLocalesOf<ContentCollectionSlug> & Record<string, unknown>

/** Source and target text of every translatable field of a document read in all locales. */
export function pairsOf(
  fields: TranslatableField[],
  doc: Record<string, unknown> | null | undefined,
): Record<string, FieldPair> {
  return Object.fromEntries(
    fields.map(({ name }) => {
      const value = (doc?.[name] ?? {}) as Record<string, unknown>
      return [name, { source: value[sourceLocale] ?? null, target: value[targetLocale] ?? null }]
    }),
  )
}

/** The stamps kept with a document: per field, the Italian its English was made from. */
export const stampsOf = (doc: Record<string, unknown> | null | undefined): SourceStamps =>
  (doc?.translationState as { sources?: SourceStamps } | null | undefined)?.sources ?? {}

/** A document's English status, from its texts (read in all locales) and its stamps. */
export const stateOf = (fields: TranslatableField[], doc: Record<string, unknown>): TranslationState =>
  translationState(fields, pairsOf(fields, doc), stampsOf(doc))

/**
 * The latest version (draft or published) of a collection's documents, every locale at once, in
 * their type's order: what translation tools work from. `ids` narrows, `fieldNames` limits the columns,
 * `req` reads inside its transaction (a data migration's, which sees its own writes).
 */
export async function latestInAllLocales(
  payload: Payload,
  collection: ContentCollectionSlug,
  { ids, fieldNames, req }: { ids?: Iterable<number | string>; fieldNames?: string[]; req?: PayloadRequest } = {},
): Promise<TranslatableDoc[]> {
  const read = async (where?: Where) => {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      sort: payload.collections[collection].config.defaultSort, // the type's own (src/collections/content.ts)
      ...(where ? { where } : {}),
      ...(fieldNames ? { select: Object.fromEntries(fieldNames.map((name) => [name, true])) } : {}),
      ...(req ? { req } : {}),
    })
    return docs.map((doc) => inAllLocales(collection, doc))
  }
  if (!ids) return read()
  // Never one statement from an unbounded list: PostgreSQL takes at most 65,535 parameters.
  const list = [...new Set(ids)]
  const docs: TranslatableDoc[] = []
  for (let start = 0; start < list.length; start += IDS_PER_QUERY) {
    docs.push(...(await read({ id: { in: list.slice(start, start + IDS_PER_QUERY) } })))
  }
  return list.length > IDS_PER_QUERY ? docs.sort(byOrder) : docs
}

const IDS_PER_QUERY = 500
const byOrder = (a: TranslatableDoc, b: TranslatableDoc) => (a.order ?? 0) - (b.order ?? 0)
