import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/**
 * Pure helpers for Lexical rich text, the ground floor that the data layer, the translation tools,
 * the field hooks and the seed all build on (no Payload, no React).
 */
export type RichTextDoc = SerializedEditorState

const textBlocks = ['root', 'paragraph', 'text', 'linebreak', 'heading', 'list', 'listitem', 'quote', 'link']

function hasText(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false
  const { text, children, type } = node as { text?: unknown; children?: unknown; type?: string }
  if (typeof text === 'string' && text.trim() !== '') return true
  // Non-text leaves (uploads, horizontal rules, relationships) count as content.
  if (type && !textBlocks.includes(type)) return true
  return Array.isArray(children) && children.some(hasText)
}

/** True for '', whitespace, and a Lexical document whose paragraphs hold no text. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (typeof value === 'object' && 'root' in (value as object)) {
    return !hasText((value as { root: unknown }).root)
  }
  return false
}

const textNode = (text: string) => ({ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

/** `[label](/path)` in a paragraph: a link, as the admin's link button makes it. */
const linkPattern = /\[([^\]]+)\]\(([^)\s]+)\)/g

function inlineNodes(paragraph: string) {
  const nodes: Array<{ type: string; [key: string]: unknown }> = []
  let last = 0
  for (const match of paragraph.matchAll(linkPattern)) {
    const [whole, label = '', url = ''] = match
    if (match.index > last) nodes.push(textNode(paragraph.slice(last, match.index)))
    nodes.push({
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { linkType: 'custom', url, newTab: false },
      children: [textNode(label)],
    })
    last = match.index + whole.length
  }
  if (last < paragraph.length || nodes.length === 0) nodes.push(textNode(paragraph.slice(last)))
  return nodes
}

/**
 * A Lexical rich-text document of paragraphs, as the admin editor stores it. A paragraph is plain
 * text, where `[label](/path)` stands for a link (the seed's FAQ answers link to the kit page).
 */
export function paragraphsToLexical(paragraphs: readonly string[]) {
  return {
    root: {
      type: 'root',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      children: paragraphs.map((paragraph) => ({
        type: 'paragraph',
        format: '' as const,
        indent: 0,
        version: 1,
        direction: 'ltr' as const,
        textFormat: 0,
        textStyle: '',
        children: inlineNodes(paragraph),
      })),
    },
  }
}

/** The plain text of a Lexical document, paragraphs separated by blank lines. */
export function lexicalToPlainText(doc: unknown): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text, children, type } = node as { text?: unknown; children?: unknown; type?: string }
    if (typeof text === 'string') return text
    if (type === 'linebreak') return '\n'
    const inner = Array.isArray(children) ? children.map(walk).join('') : ''
    // Blocks end with a blank line and list items with a line break, so words never run together.
    if (type === 'paragraph' || type === 'heading' || type === 'quote') return inner + '\n\n'
    return type === 'listitem' ? inner.trimEnd() + '\n' : type === 'list' ? inner + '\n' : inner
  }
  return walk((doc as { root?: unknown } | null)?.root).trim()
}

/** A field's value as readable text: a string as it is, rich text as plain paragraphs. */
export const readableText = (value: unknown): string =>
  typeof value === 'string' ? value : value ? lexicalToPlainText(value) : ''
