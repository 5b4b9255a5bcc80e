import type { Payload } from 'payload'

import { type ContentCollectionSlug, contentCollectionSlugs } from '../collections/slugs'
import { type TranslatableField, type TranslatableKind, translatableFields } from './fields'
import { comparableText } from './fingerprint'
import { sourceLocale, targetLocale } from './locales'
import { plainBlock, plainSource, topLevelBlocks } from './sourceText'
import { type TranslatableDoc, latestInAllLocales, pairsOf, stateOf } from './values'

/**
 * Exact-match translation memory. A segment is a whole field, or one top-level block (paragraph,
 * heading, quote, list) of a rich text. A pair Italian → English is in the memory when it is
 * *approved*: the field's English status is complete in the entry's latest version (draft or
 * published), i.e. the English was saved, confirmed or imported from exactly this Italian and is
 * not a copy of it. A rich text's blocks are paired by position, only when its Italian and English
 * have as many blocks (else only the whole field is). "Exact" compares the words and punctuation,
 * case included; whitespace and formatting (bold, links) are not compared, as for the status.
 */

/** Where a suggestion comes from. */
export interface MemoryOrigin {
  collection: ContentCollectionSlug
  id: number
  field: string
  /** The entry's title, in Italian. */
  title: string
  /** The block's position (0-based) when the segment is one block of a rich text. */
  paragraph?: number
}

interface MemoryEntry {
  /** The English as plain text. */
  english: string
  /** The English as stored: a string, a Lexical document (whole rich text) or one Lexical block. */
  value: unknown
  shape: 'text' | 'document' | 'block'
  origin: MemoryOrigin
}

/** An English text offered for a field (never applied by itself). */
export interface Suggestion {
  /** The whole field, or one block (`paragraph`, 0-based) of the Italian rich text. */
  scope: 'field' | 'paragraph'
  paragraph?: number
  /** The Italian segment matched (plain text). */
  italian: string
  /** The English as plain text, to read. */
  english: string
  /** What to insert: a string (text fields), a Lexical document (field) or a Lexical block (paragraph). */
  value: unknown
  origin: MemoryOrigin
}

/** Different English texts offered for one segment at most. */
const MAX_PER_SEGMENT = 3

const keyOf = comparableText

export class TranslationMemory {
  private readonly entries = new Map<string, MemoryEntry[]>()

  add(italian: unknown, entry: MemoryEntry): void {
    const key = typeof italian === 'string' ? keyOf(italian) : ''
    if (key === '' || comparableText(entry.english) === '') return
    const list = this.entries.get(key) ?? []
    if (list.length >= MAX_PER_SEGMENT || list.some((e) => keyOf(e.english) === keyOf(entry.english))) return
    list.push(entry)
    this.entries.set(key, list)
  }

  /** Approved English for an Italian segment (plain text), its own field excluded. */
  lookup(italian: string, self?: { collection: string; id: number; field: string }): MemoryEntry[] {
    return (this.entries.get(keyOf(italian)) ?? []).filter(
      ({ origin }) =>
        !self || origin.collection !== self.collection || origin.id !== self.id || origin.field !== self.field,
    )
  }

  get size(): number {
    return this.entries.size
  }

  /** Adds the approved segments of one document (read in all locales). */
  addDocument(collection: ContentCollectionSlug, fields: TranslatableField[], doc: TranslatableDoc, title: string) {
    const statuses = stateOf(fields, doc).fields
    const pairs = pairsOf(fields, doc)
    for (const { name, kind } of fields) {
      const pair = pairs[name]
      if (statuses[name] !== 'complete' || !pair || comparableText(pair.target) === '') continue
      const origin = { collection, id: Number(doc.id), field: name, title }
      if (kind !== 'richText') {
        if (typeof pair.target === 'string')
          this.add(plainSource(pair.source), { english: pair.target, value: pair.target, shape: 'text', origin })
        continue
      }
      this.add(plainSource(pair.source), {
        english: plainSource(pair.target),
        value: pair.target,
        shape: 'document',
        origin,
      })
      const italian = topLevelBlocks(pair.source)
      const english = topLevelBlocks(pair.target)
      if (italian.length < 2 || italian.length !== english.length) continue
      italian.forEach((block, paragraph) => {
        const it = plainBlock(block)
        const en = plainBlock(english[paragraph])
        // A block left in Italian was not translated.
        if (keyOf(it) === keyOf(en)) return
        this.add(it, { english: en, value: english[paragraph], shape: 'block', origin: { ...origin, paragraph } })
      })
    }
  }

  /**
   * Suggestions for a field's Italian: the whole field first; for a rich text without a
   * whole-field match, each block that has one. English equal to the current English is left out.
   */
  suggest(
    kind: TranslatableKind,
    source: unknown,
    target: unknown,
    self?: { collection: string; id: number; field: string },
  ): Suggestion[] {
    const italian = plainSource(source)
    if (comparableText(italian) === '') return []
    const current = keyOf(plainSource(target))
    const whole = this.lookup(italian, self)
      .filter((entry) => keyOf(entry.english) !== current)
      .map((entry): Suggestion => ({ scope: 'field', italian, ...forField(kind, entry), origin: entry.origin }))
    if (whole.length > 0 || kind !== 'richText') return whole
    const englishBlocks = topLevelBlocks(target)
    const aligned = englishBlocks.length === topLevelBlocks(source).length
    return topLevelBlocks(source).flatMap((block, paragraph) => {
      const text = plainBlock(block)
      if (comparableText(text) === '') return []
      const here = aligned ? keyOf(plainBlock(englishBlocks[paragraph])) : ''
      return this.lookup(text, self)
        .filter((entry) => keyOf(entry.english) !== here)
        .map((entry): Suggestion => ({
          scope: 'paragraph',
          paragraph,
          italian: text,
          english: entry.english,
          value: asBlock(entry),
          origin: entry.origin,
        }))
    })
  }
}

const paragraphOf = (text: string) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
})

/** The entry's English as one Lexical block. */
function asBlock(entry: MemoryEntry): unknown {
  if (entry.shape === 'block') return entry.value
  const blocks = entry.shape === 'document' ? topLevelBlocks(entry.value) : []
  return blocks.length === 1 ? blocks[0] : paragraphOf(entry.english)
}

/** The entry's English in the shape a field of this kind stores. */
function forField(kind: TranslatableKind, entry: MemoryEntry): { english: string; value: unknown } {
  if (kind !== 'richText') return { english: entry.english, value: entry.english }
  if (entry.shape === 'document') return { english: entry.english, value: entry.value }
  const value = {
    root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [asBlock(entry)] },
  }
  return { english: entry.english, value }
}

const titleOf = (doc: TranslatableDoc, field: string): string => {
  const value = (doc[field] ?? {}) as Record<string, unknown>
  const text = value[sourceLocale] ?? value[targetLocale]
  return typeof text === 'string' ? text : `#${doc.id}`
}

/** The memory of every content collection, from the latest version of each entry. */
export async function loadMemory(payload: Payload): Promise<TranslationMemory> {
  const memory = new TranslationMemory()
  // One collection after the other: the pool is shared with the site.
  for (const collection of contentCollectionSlugs) {
    const config = payload.collections[collection].config
    const fields = translatableFields(config.fields)
    const titleField = config.admin.useAsTitle ?? 'id'
    const docs = await latestInAllLocales(payload, collection, {
      fieldNames: [...fields.map((f) => f.name), titleField, 'translationState'],
    })
    for (const doc of docs) memory.addDocument(collection, fields, doc, titleOf(doc, titleField))
  }
  return memory
}
