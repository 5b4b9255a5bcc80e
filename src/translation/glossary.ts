import type { Payload } from 'payload'

import { comparableText } from './fingerprint'

export interface GlossaryTerm {
  term: string
  translation: string
  note?: string | null
}

/** Lower case without accents, so "Nudita" finds "nudità". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The glossary terms that occur in a source text (whole words, any case, accents ignored). */
export function termsIn(source: unknown, glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const text = fold(comparableText(source))
  if (!text) return []
  return glossary.filter(({ term }) =>
    new RegExp(`(^|[^\\p{L}\\p{N}])${escape(fold(term.trim()))}($|[^\\p{L}\\p{N}])`, 'u').test(text),
  )
}

/** How a term reads in an XLIFF note or beside a field. */
export const describeTerm = ({ term, translation, note }: GlossaryTerm) =>
  `${term} → ${translation}${note ? ` (${note})` : ''}`

export async function loadGlossary(payload: Payload): Promise<GlossaryTerm[]> {
  const { docs } = await payload.find({
    collection: 'glossary',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    sort: 'term',
  })
  return docs.map(({ term, translation, note }) => ({ term, translation, note }))
}
