import type { FieldHook } from 'payload'

/** True for '', whitespace, and a Lexical document whose paragraphs hold no text. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (typeof value === 'object' && 'root' in (value as object)) {
    return !hasText((value as { root: unknown }).root)
  }
  return false
}

function hasText(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  const { text, children, type } = node as { text?: unknown; children?: unknown; type?: string }
  if (typeof text === 'string' && text.trim() !== '') return true
  // Non-text leaves (uploads, horizontal rules, relationships) count as content.
  if (
    type &&
    !['root', 'paragraph', 'text', 'linebreak', 'heading', 'list', 'listitem', 'quote', 'link'].includes(type)
  ) {
    return true
  }
  return Array.isArray(children) && children.some(hasText)
}

/**
 * Payload falls back to Italian only when the English value is null, so an emptied field
 * (an empty string, an empty rich-text document) is stored as null.
 */
export const emptyToNull: FieldHook = ({ value }) => (isEmptyValue(value) ? null : value)
