import { createHash } from 'node:crypto'

import { isEmptyValue } from '../fields/richText'

// Stored stamps depend on this reading of rich text: change it and every English rich text shows
// as outdated. It is therefore kept here, apart from the site's plain-text rendering.
const inline = new Set(['text', 'link', 'autolink'])

/** Every word of a Lexical document: text runs joined, blocks and line breaks as a space. */
function richTextWords(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, type } = node as { text?: unknown; children?: unknown; type?: string }
  if (typeof text === 'string') return text
  if (type === 'linebreak' || type === 'tab') return ' '
  const inner = Array.isArray(children) ? children.map(richTextWords).join('') : ''
  return type && inline.has(type) ? inner : `${inner} `
}

/** The text a field says, whatever its form: rich text is compared by content, not formatting noise. */
export function comparableText(value: unknown): string {
  if (isEmptyValue(value)) return ''
  const text = typeof value === 'string' ? value : richTextWords((value as { root?: unknown }).root)
  return text.replace(/\s+/g, ' ').trim()
}

/** A short, stable fingerprint of a field's text; null when the field is empty. */
export function fingerprint(value: unknown): string | null {
  const text = comparableText(value)
  return text === '' ? null : createHash('sha256').update(text).digest('hex').slice(0, 16)
}
