import type { Payload } from 'payload'

import { searchConfigs } from '../db/searchConfigs'
import { comparableText } from './fingerprint'

export interface GlossaryTerm {
  term: string
  translation: string
  note?: string | null
}

/**
 * The glossary, with the stem of every word it has seen: a term matches its inflected forms
 * ("interprete" in "gli interpreti", "scena intima" in "le scene intime"), as PostgreSQL's Italian
 * stemmer (the site search's `scena_it` configuration: accents folded) reduces them to one stem.
 */
export interface Glossary {
  terms: readonly GlossaryTerm[]
  /** Word (lower case) → its stem; '' for a word the stemmer ignores (an article, a preposition). */
  stems: Map<string, string>
  /** Stems the words of these source values that are not known yet (one query). */
  learn: (values: readonly unknown[]) => Promise<void>
}

/** The words of a text, lower case, in order. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** A text as stems, in order, without the words the stemmer ignores. */
function stemmed(text: string, stems: Map<string, string>): string[] {
  return wordsOf(text)
    .map((word) => stems.get(word) ?? word.normalize('NFD').replace(/\p{M}/gu, ''))
    .filter(Boolean)
}

/**
 * Two stems of one word: equal, or (Snowball leaves "interpr" for "interprete" and "interpret" for
 * "interpreti") long stems of which one extends the other by a letter or two.
 */
const sameWord = (a: string, b: string) =>
  a === b ||
  (Math.min(a.length, b.length) >= 5 && Math.abs(a.length - b.length) <= 2 && (a.startsWith(b) || b.startsWith(a)))

/** True when `term` occurs in `text`, word after word. */
const occursIn = (text: readonly string[], term: readonly string[]) =>
  term.length > 0 &&
  text.some(
    (_, start) => start + term.length <= text.length && term.every((stem, i) => sameWord(text[start + i]!, stem)),
  )

/**
 * The glossary terms that occur in a source text, in any inflected form, any case, accents ignored.
 * A bare list of terms (no stems learnt) matches whole words as written.
 */
export function termsIn(source: unknown, glossary: Glossary | readonly GlossaryTerm[]): GlossaryTerm[] {
  const { terms, stems } = 'terms' in glossary ? glossary : { terms: glossary, stems: new Map<string, string>() }
  const text = stemmed(comparableText(source), stems)
  if (text.length === 0) return []
  return terms.filter(({ term }) => occursIn(text, stemmed(term, stems)))
}

/** How a term reads in an XLIFF note or beside a field. */
export const describeTerm = ({ term, translation, note }: GlossaryTerm) =>
  `${term} → ${translation}${note ? ` (${note})` : ''}`

/** Reads the glossary and stems its terms; `learn` the source texts before matching them. */
export async function loadGlossary(payload: Payload): Promise<Glossary> {
  const { docs } = await payload.find({
    collection: 'glossary',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'term',
  })
  const stems = new Map<string, string>()
  const learn = async (values: readonly unknown[]) => {
    const words = [...new Set(values.flatMap((value) => wordsOf(comparableText(value))))].filter((w) => !stems.has(w))
    if (words.length === 0) return
    // One parameter, the whole list (node-postgres sends a JavaScript array as a PostgreSQL array).
    const { rows } = await payload.db.pool.query<{ word: string; stem: string }>(
      `SELECT word, coalesce(array_to_string(tsvector_to_array(to_tsvector($2::regconfig, word)), ' '), '') AS stem
       FROM unnest($1::text[]) AS word`,
      [words, searchConfigs.it],
    )
    for (const { word, stem } of rows) stems.set(word, stem)
  }
  const terms = docs.map(({ term, translation, note }) => ({ term, translation, note }))
  await learn(terms.map((t) => t.term))
  return { terms, stems, learn }
}
