import { comparableText } from './fingerprint'

/**
 * The Italian a translation was made from, kept as plain text: a text field's string as it is;
 * rich text as its words, blocks separated by a blank line, list items and line breaks by a line
 * break. It reads rich text exactly like the fingerprint does (same words, same word boundaries;
 * only the kind of whitespace differs), so `fingerprint(plainSource(v)) === fingerprint(v)`:
 * a kept text can always be checked against the stamp it stands for.
 */

const inline = new Set(['text', 'link', 'autolink'])
const blocks = new Set(['paragraph', 'heading', 'quote'])

function words(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, type } = node as { text?: unknown; children?: unknown; type?: string }
  if (typeof text === 'string') return text
  if (type === 'linebreak') return '\n'
  if (type === 'tab') return '\t'
  const inner = Array.isArray(children) ? children.map(words).join('') : ''
  if (type && inline.has(type)) return inner
  // Wherever the fingerprint's reading puts a space, this one puts a line break or a blank line
  // (a nested list ends its item with one line break, not two).
  if (type && blocks.has(type)) return `${inner}\n\n`
  return type === 'listitem' ? `${inner.replace(/\n+$/, '')}\n` : `${inner}\n`
}

/** Spaces inside lines collapsed, lines trimmed, at most one blank line in a row. */
const tidy = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()

/** A Lexical document's top-level blocks (paragraphs, headings, quotes, lists…). */
export function topLevelBlocks(value: unknown): unknown[] {
  const root = (value as { root?: { children?: unknown } } | null)?.root
  return Array.isArray(root?.children) ? root.children : []
}

/** A field's value as plain text (see above); '' when empty. */
export function plainSource(value: unknown): string {
  if (typeof value === 'string') return comparableText(value) === '' ? '' : value
  if (!value || typeof value !== 'object') return ''
  return tidy(words((value as { root?: unknown }).root))
}

/** One top-level block of rich text as plain text. */
export const plainBlock = (block: unknown): string => tidy(words(block))
