/**
 * Rich text (Lexical JSON, as the admin editor stores it) ↔ XLIFF 2.0 inline content.
 *
 * A rich-text unit's <source> and <target> hold its blocks, one after the other:
 *   paragraph            <pc type="other" subType="x-scena:p">…</pc>
 *   heading h1…h6        <pc type="other" subType="x-scena:h1">…</pc> … x-scena:h6
 *   quote                <pc type="other" subType="x-scena:quote">…</pc>
 *   list                 <pc type="other" subType="x-scena:ul|x-scena:ol|x-scena:check"> holding its
 *   list item            <pc type="other" subType="x-scena:li">…</pc> (a nested list sits inside an
 *                        item, as Lexical stores it)
 * Inside blocks, text with its formats as nested spans (bold outermost):
 *   bold xlf:b, italic xlf:i, underline xlf:u     <pc type="fmt" subType="xlf:b">…</pc>
 *   strikethrough x-scena:s, code x-scena:code, subscript x-scena:sub, superscript x-scena:sup,
 *   highlight x-scena:highlight, any other Lexical format bit N x-scena:fN
 *   (XLIFF 2.0 predefines only xlf:b/i/u/lb/pb/var: another xlf: value makes a file invalid)
 *   link, autolink       <pc type="link">…</pc>, without the URL
 *   line break           <ph type="fmt" subType="xlf:lb"/>
 *   tab                  <ph type="fmt" subType="x-scena:tab"/>
 *   anything else        <ph type="other" subType="x-scena:keep" disp="[upload]"/> (uploads, rules,
 *                        relationships…: nothing to translate, kept whole)
 *
 * Ids, unique in a unit: b<n> blocks, l<n> links, x<n> kept nodes, f<n> formats, br<n>, tab<n>,
 * numbered in the Italian document's order. An existing English target numbers its own elements
 * with a "t" (tb1, tl1…), except links and kept nodes equal to an Italian one, which take its id.
 *
 * On import the target is rebuilt into Lexical. What the file does not carry is copied from the
 * node with the same id in the current Italian (or, for "t" ids, English) document: a link's
 * URL and options, a kept node as a whole, a block's alignment, indent and direction. A link or
 * kept node whose id names nothing is refused: its URL or content cannot be guessed. A block
 * with a new id gets the editor's defaults. Inline CSS styles and text modes are not carried.
 */
import type { XliffInline } from 'xliff/js2xliff'

import { CodedError, said } from '../../errors'
import { forWriter } from './text'
import { type XmlElement, type XmlNode } from './xml'

export interface LexicalNode {
  type?: string
  children?: LexicalNode[]
  [key: string]: unknown
}

/** An element the file gives no id. */
const noId = said('xliffNoId')

/** A target that cannot become the field's text; its code and values say why (src/i18n/serverMessages.ts). */
export class RichTextError extends CodedError {}

/** Format bits of a Lexical text node, in the nesting order of their spans (first is outermost). */
const formats: ReadonlyArray<readonly [number, string]> = [
  [1, 'xlf:b'],
  [2, 'xlf:i'],
  [8, 'xlf:u'],
  [4, 'x-scena:s'],
  [16, 'x-scena:code'],
  [32, 'x-scena:sub'],
  [64, 'x-scena:sup'],
  [128, 'x-scena:highlight'],
]
const formatSubType = (bit: number) => formats.find(([b]) => b === bit)?.[1] ?? `x-scena:f${bit}`
function formatBit(subType: string | undefined): number | null {
  const known = formats.find(([, s]) => s === subType)?.[0]
  if (known !== undefined) return known
  const bit = Number(/^x-scena:f(\d+)$/.exec(subType ?? '')?.[1])
  return Number.isInteger(bit) && bit > 0 && (bit & (bit - 1)) === 0 ? bit : null
}

type BlockKind = 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'quote' | 'ul' | 'ol' | 'check' | 'li'
const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const
const listKinds = { bullet: 'ul', number: 'ol', check: 'check' } as const
const listTypes = { ul: ['bullet', 'ul'], ol: ['number', 'ol'], check: ['check', 'ul'] } as const

function blockKind(node: LexicalNode): BlockKind | null {
  switch (node.type) {
    case 'paragraph':
      return 'p'
    case 'quote':
      return 'quote'
    case 'listitem':
      return 'li'
    case 'heading':
      return headings.find((h) => h === node.tag) ?? null
    case 'list':
      return listKinds[node.listType as keyof typeof listKinds] ?? null
    default:
      return null
  }
}
const kindOf = (subType: string | undefined): BlockKind | null => {
  const kind = subType?.startsWith('x-scena:') ? subType.slice('x-scena:'.length) : ''
  return (['p', ...headings, 'quote', 'ul', 'ol', 'check', 'li'] as string[]).includes(kind)
    ? (kind as BlockKind)
    : null
}

// ---------------------------------------------------------------------------------------------
// Lexical → XLIFF

/** A link or kept node of the Italian, which an equal English one reuses by id. */
interface Reusable {
  id: string
  key: string
  used: boolean
}

export interface EncodedRichText {
  content: XliffInline[]
  /** id → the node it stands for (blocks, links, kept nodes; "root" / "troot" for the root). */
  nodes: Map<string, LexicalNode>
  reusable: Reusable[]
}

interface Encoder extends EncodedRichText {
  prefix: '' | 't'
  counters: Map<string, number>
  /** Italian links and kept nodes an English target may reuse (only when encoding English). */
  italian: Reusable[] | null
}

const nextId = (e: Encoder, kind: string) => {
  const n = (e.counters.get(kind) ?? 0) + 1
  e.counters.set(kind, n)
  return `${e.prefix}${kind}${n}`
}

/** A link or kept node: registered under its own id; English reuses an equal Italian one's id. */
function referenceId(e: Encoder, kind: 'l' | 'x', node: LexicalNode): string {
  const own = nextId(e, kind)
  e.nodes.set(own, node)
  const { children: _children, ...rest } = node
  const key = `${kind}:${JSON.stringify(kind === 'l' ? { type: node.type, fields: node.fields } : rest)}`
  if (!e.italian) {
    e.reusable.push({ id: own, key, used: false })
    return own
  }
  const same = e.italian.find((r) => !r.used && r.key === key)
  if (!same) return own
  same.used = true
  return same.id
}

function kept(e: Encoder, node: LexicalNode): XliffInline {
  const disp = `[${String(node.type ?? 'node').replace(/[^\w-]/g, '')}]`
  return { Standalone: { id: referenceId(e, 'x', node), type: 'other', subType: 'x-scena:keep', disp } }
}

function encodeText(e: Encoder, text: string, format: number): XliffInline[] {
  if (text === '') return []
  const bits = formats.map(([bit]) => bit).filter((bit) => format & bit)
  for (let bit = 256; bit <= format; bit *= 2) if (format & bit) bits.push(bit)
  const ids = bits.map(() => nextId(e, 'f'))
  let content: XliffInline[] = [forWriter(text)]
  for (let i = bits.length - 1; i >= 0; i--) {
    content = [{ GenericSpan: { id: ids[i]!, type: 'fmt', subType: formatSubType(bits[i]!), contents: content } }]
  }
  return content
}

function encodeInline(e: Encoder, nodes: readonly LexicalNode[]): XliffInline[] {
  return nodes.flatMap((node): XliffInline[] => {
    switch (node.type) {
      case 'text':
        return encodeText(e, String(node.text ?? ''), Number(node.format) || 0)
      case 'linebreak':
        return [{ Standalone: { id: nextId(e, 'br'), type: 'fmt', subType: 'xlf:lb' } }]
      case 'tab':
        return [{ Standalone: { id: nextId(e, 'tab'), type: 'fmt', subType: 'x-scena:tab' } }]
      case 'link':
      case 'autolink': {
        const id = referenceId(e, 'l', node)
        return [{ GenericSpan: { id, type: 'link', contents: encodeInline(e, node.children ?? []) } }]
      }
      default:
        return [kept(e, node)]
    }
  })
}

function encodeBlocks(e: Encoder, nodes: readonly LexicalNode[]): XliffInline[] {
  return nodes.map((node): XliffInline => {
    const kind = blockKind(node)
    if (!kind) return kept(e, node)
    const id = nextId(e, 'b')
    e.nodes.set(id, node)
    const children = node.children ?? []
    const contents =
      kind === 'ul' || kind === 'ol' || kind === 'check'
        ? encodeBlocks(e, children)
        : kind === 'li'
          ? children.flatMap((c) => (c.type === 'list' ? encodeBlocks(e, [c]) : encodeInline(e, [c])))
          : encodeInline(e, children)
    return { GenericSpan: { id, type: 'other', subType: `x-scena:${kind}`, contents } }
  })
}

/**
 * The inline content of a Lexical document. Pass the Italian's encoding when encoding the English
 * target, so that its links and kept nodes take the Italian ids.
 */
export function encodeRichText(doc: unknown, italian?: EncodedRichText): EncodedRichText {
  const e: Encoder = {
    prefix: italian ? 't' : '',
    counters: new Map(),
    nodes: new Map(),
    reusable: [],
    italian: italian ? italian.reusable.map((r) => ({ ...r, used: false })) : null,
    content: [],
  }
  const root = (doc as { root?: LexicalNode } | null)?.root
  if (root && typeof root === 'object') {
    e.nodes.set(`${e.prefix}root`, root)
    e.content = encodeBlocks(e, root.children ?? [])
  }
  return { content: e.content, nodes: e.nodes, reusable: e.reusable }
}

/** id → node for every id a target may use: the current Italian's and English's. */
export function knownNodes(italian: unknown, english: unknown): Map<string, LexicalNode> {
  const source = encodeRichText(italian)
  const target = english ? encodeRichText(english, source) : null
  return new Map([...(target?.nodes ?? []), ...source.nodes])
}

// ---------------------------------------------------------------------------------------------
// XLIFF → Lexical

const defaults = { direction: 'ltr', format: '', indent: 0, version: 1 }
const isWhitespace = (nodes: readonly XmlNode[]) => nodes.every((n) => n.type === 'text' && n.text.trim() === '')

/** Annotations (<mrk>, <sm/>, <em/>) carry no text of their own; <cp/> is one character. */
function unwrap(nodes: readonly XmlNode[]): XmlNode[] {
  return nodes.flatMap((node): XmlNode[] => {
    if (node.type === 'text') return [node]
    if (node.name === 'mrk') return unwrap(node.children)
    if (node.name === 'sm' || node.name === 'em') return []
    if (node.name === 'cp') {
      const code = parseInt(node.attributes.hex ?? '', 16)
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) throw new RichTextError('xliffBadCp')
      return [{ type: 'text', text: String.fromCodePoint(code) }]
    }
    return [node]
  })
}

/** Plain text of a target for a text field: inline codes have no place there. */
export function decodePlainText(nodes: readonly XmlNode[]): string {
  return unwrap(nodes)
    .map((node) => {
      if (node.type === 'text') return node.text
      throw new RichTextError('xliffCodeInPlainText', { name: node.name })
    })
    .join('')
}

class Decoder {
  constructor(private readonly known: Map<string, LexicalNode>) {}

  private ref(element: XmlElement): LexicalNode | undefined {
    return this.known.get(element.attributes.id ?? '')
  }

  /** The attributes of the node with this id when it is of the same type, or the defaults. */
  private base(element: XmlElement, type: string, fallback: Record<string, unknown>): LexicalNode {
    const ref = this.ref(element)
    if (ref?.type !== type) return { ...defaults, ...fallback, type }
    const { children: _children, ...rest } = ref
    return rest
  }

  blocks(nodes: readonly XmlNode[]): LexicalNode[] {
    const out: LexicalNode[] = []
    let run: XmlNode[] = []
    const flush = () => {
      // Loose text between blocks (a tool dropped the paragraph span) becomes a paragraph.
      if (!isWhitespace(run))
        out.push({ ...defaults, type: 'paragraph', textFormat: 0, textStyle: '', children: this.inline(run, 0) })
      run = []
    }
    for (const node of unwrap(nodes)) {
      const kind = node.type === 'element' && node.name === 'pc' ? kindOf(node.attributes.subType) : null
      if (node.type === 'element' && kind) {
        flush()
        out.push(this.block(node, kind))
      } else if (node.type === 'element' && node.name === 'ph' && node.attributes.subType === 'x-scena:keep') {
        flush()
        out.push(this.keep(node))
      } else {
        run.push(node)
      }
    }
    flush()
    return out
  }

  private block(element: XmlElement, kind: BlockKind): LexicalNode {
    switch (kind) {
      case 'p':
        return {
          ...this.base(element, 'paragraph', { textFormat: 0, textStyle: '' }),
          children: this.inline(element.children, 0),
        }
      case 'quote':
        return { ...this.base(element, 'quote', {}), children: this.inline(element.children, 0) }
      case 'ul':
      case 'ol':
      case 'check':
        return this.list(element, kind)
      case 'li':
        throw new RichTextError('xliffItemOutsideList', { id: element.attributes.id ?? noId })
      default:
        return { ...this.base(element, 'heading', {}), tag: kind, children: this.inline(element.children, 0) }
    }
  }

  private list(element: XmlElement, kind: 'ul' | 'ol' | 'check'): LexicalNode {
    const [listType, tag] = listTypes[kind]
    const list: LexicalNode = { ...this.base(element, 'list', { start: 1 }), listType, tag }
    const items = unwrap(element.children).flatMap((child) => {
      if (child.type === 'text' && child.text.trim() === '') return []
      if (child.type === 'element' && child.name === 'pc' && kindOf(child.attributes.subType) === 'li') {
        return [this.item(child, kind === 'check')]
      }
      throw new RichTextError('xliffListContent', { id: element.attributes.id ?? noId })
    })
    // Numbered as Lexical numbers them: an item that only holds a nested list takes no number.
    let value = Number(list.start) || 1
    for (const item of items) {
      item.value = value
      if (item.children?.[0]?.type !== 'list') value++
    }
    return { ...list, children: items }
  }

  private item(element: XmlElement, checklist: boolean): LexicalNode {
    const { checked, ...base } = this.base(element, 'listitem', {})
    const parts = unwrap(element.children)
    const hasList = parts.some(
      (p) => p.type === 'element' && ['ul', 'ol', 'check'].includes(kindOf(p.attributes.subType) ?? ''),
    )
    const children: LexicalNode[] = []
    let run: XmlNode[] = []
    const flush = () => {
      if (!(hasList && isWhitespace(run))) children.push(...this.inline(run, 0))
      run = []
    }
    for (const part of parts) {
      const kind = part.type === 'element' && part.name === 'pc' ? kindOf(part.attributes.subType) : null
      if (part.type === 'element' && (kind === 'ul' || kind === 'ol' || kind === 'check')) {
        flush()
        children.push(this.list(part, kind))
      } else {
        run.push(part)
      }
    }
    flush()
    return { ...base, ...(checklist ? { checked: checked === true } : {}), children }
  }

  private keep(element: XmlElement): LexicalNode {
    // Only ids given to kept nodes: another id could smuggle a block (or the root) inline.
    const ref = /^t?x\d+$/.test(element.attributes.id ?? '') ? this.ref(element) : undefined
    if (!ref || blockKind(ref) || ref.type === 'link' || ref.type === 'autolink') {
      throw new RichTextError('xliffNotInSource', { id: element.attributes.id ?? noId })
    }
    return structuredClone(ref)
  }

  inline(nodes: readonly XmlNode[], format: number): LexicalNode[] {
    const out: LexicalNode[] = []
    for (const node of unwrap(nodes)) {
      if (node.type === 'text') {
        const last = out.at(-1)
        if (node.text === '') continue
        if (last?.type === 'text' && last.format === format) last.text = `${String(last.text)}${node.text}`
        else out.push({ detail: 0, format, mode: 'normal', style: '', text: node.text, type: 'text', version: 1 })
      } else {
        for (const child of this.inlineElement(node, format)) {
          const last = out.at(-1)
          if (
            child.type === 'text' &&
            last?.type === 'text' &&
            last.format === child.format &&
            last.style === child.style
          ) {
            last.text = `${String(last.text)}${String(child.text)}`
          } else {
            out.push(child)
          }
        }
      }
    }
    return out
  }

  private inlineElement(element: XmlElement, format: number): LexicalNode[] {
    const { id = noId, type, subType } = element.attributes
    if (element.name === 'pc' && type === 'fmt') {
      const bit = formatBit(subType)
      if (bit === null) throw new RichTextError('xliffUnknownFormat', { format: subType ?? said('xliffNone'), id })
      return this.inline(element.children, format | bit)
    }
    if (element.name === 'pc' && type === 'link') {
      const ref = this.ref(element)
      if (ref?.type !== 'link' && ref?.type !== 'autolink') {
        throw new RichTextError('xliffLinkNotInSource', { id })
      }
      const { children: _children, ...link } = ref
      return [{ ...link, children: this.inline(element.children, format) }]
    }
    if (element.name === 'pc' && kindOf(subType)) {
      throw new RichTextError('xliffNestedBlock', { id, subType })
    }
    if (element.name === 'ph' && subType === 'xlf:lb') return [{ type: 'linebreak', version: 1 }]
    if (element.name === 'ph' && subType === 'x-scena:tab') {
      return [{ detail: 2, format, mode: 'normal', style: '', text: '\t', type: 'tab', version: 1 }]
    }
    if (element.name === 'ph' && subType === 'x-scena:keep') return [this.keep(element)]
    if (element.name === 'sc' || element.name === 'ec') {
      throw new RichTextError('xliffSplitCodes', { name: element.name })
    }
    throw new RichTextError('xliffUnsupported', { name: element.name, id })
  }
}

/** A Lexical document from a target; `known` from knownNodes() of the current documents. */
export function decodeRichText(content: readonly XmlNode[], known: Map<string, LexicalNode>): { root: LexicalNode } {
  const decoder = new Decoder(known)
  const { children: _children, ...root } = known.get('root') ?? { ...defaults, type: 'root' }
  return { root: { ...root, children: decoder.blocks(content) } }
}
