/**
 * Where a translation-memory suggestion goes in the English field (admin, client side; nothing
 * here is applied without the translator pressing "Insert"). Kept free of server imports.
 */

type Doc = { root: { children?: unknown[] } & Record<string, unknown> }

const blocksOf = (value: unknown): unknown[] | null => {
  const children = (value as Doc | null)?.root?.children
  return Array.isArray(children) ? children : null
}

const hasText = (node: unknown): boolean => {
  if (!node || typeof node !== 'object') return false
  const { text, children } = node as { text?: unknown; children?: unknown }
  if (typeof text === 'string' && text.trim() !== '') return true
  return Array.isArray(children) && children.some(hasText)
}

/**
 * The English field's new value with a suggestion inserted, or null when it has no clear place:
 * a whole-field suggestion replaces the field; a block replaces the block at the same position in
 * the English when it is laid out like the Italian (as many blocks), or, in an empty English,
 * goes into a copy of the Italian (the other blocks then still to translate).
 */
export function placeSuggestion(
  suggestion: { scope: 'field' | 'paragraph'; paragraph?: number; value: unknown },
  italian: unknown,
  english: unknown,
): unknown {
  if (suggestion.scope === 'field') return structuredClone(suggestion.value)
  const position = suggestion.paragraph ?? -1
  const italianBlocks = blocksOf(italian)
  if (!italianBlocks || position < 0 || position >= italianBlocks.length) return null
  const englishBlocks = blocksOf(english)
  const base = !englishBlocks || !hasText((english as Doc).root) ? italian : english
  const baseBlocks = blocksOf(base)
  if (!baseBlocks || baseBlocks.length !== italianBlocks.length) return null
  const doc = structuredClone(base) as Doc
  doc.root.children![position] = structuredClone(suggestion.value)
  return doc
}
