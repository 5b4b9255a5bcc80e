import sax from 'sax'

import { CodedError, said, type Said } from '../../errors'

export interface XmlText {
  type: 'text'
  text: string
}
export interface XmlElement {
  type: 'element'
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
}
export type XmlNode = XmlText | XmlElement

/**
 * A file the import refuses as a whole (400): nothing in it is applied. Its code
 * (src/i18n/serverMessages.ts) is the refusal's; the message is said in the caller's language.
 */
export class XliffFileError extends CodedError {}

/** What sax found wrong, in words an editor can act on (its own messages are English jargon). */
function saxReason(message: string): Said {
  if (/^(Unclosed root tag|Unexpected end)/.test(message)) return said('xmlTruncated')
  if (/^(Unexpected close tag|Unmatched closing tag)/.test(message)) return said('xmlMismatchedTag')
  if (/entity/i.test(message)) return said('xmlUnknownEntity')
  if (/outside of root node|before first tag/.test(message)) return said('xmlOutsideRoot')
  return said('xmlSyntax', { detail: message })
}

/** Deeper than any exported unit; stops a crafted file from exhausting the stack later on. */
const maxDepth = 200

/**
 * Parses untrusted XML into a tree, keeping every character of text (whitespace included: it is
 * part of the translation). No DTD is ever read: a DOCTYPE or ENTITY declaration is refused
 * before parsing (XXE, entity expansion), and only the five XML entities are known.
 */
export function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new XliffFileError('xliffDoctype')
  }
  const parser = sax.parser(true, { strictEntities: true, position: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let failure: Said | undefined
  const fail = (reason: Said) => {
    failure ??= reason
    throw new XliffFileError(reason.code, reason.vars)
  }
  const addText = (text: string) => {
    const parent = stack.at(-1)
    if (!parent) return // whitespace around the root element (sax refuses any other text there)
    const last = parent.children.at(-1)
    if (last?.type === 'text') last.text += text
    else parent.children.push({ type: 'text', text })
  }
  parser.onerror = (error) => fail(saxReason(error.message.split('\n')[0] ?? ''))
  parser.ondoctype = () => fail(said('xliffDoctype'))
  parser.ontext = addText
  parser.oncdata = addText
  parser.onopentag = ({ name, attributes }) => {
    const element: XmlElement = { type: 'element', name, attributes, children: [] }
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else if (root) fail(said('xmlMultipleRoots'))
    else root = element
    if (stack.push(element) > maxDepth) fail(said('xmlTooDeep', { max: maxDepth }))
  }
  parser.onclosetag = () => void stack.pop()
  try {
    parser.write(xml).close()
  } catch (error) {
    if (failure?.code === 'xliffDoctype') throw error
    const reason = failure ?? saxReason((error as Error).message)
    throw new XliffFileError('xliffMalformed', { line: parser.line + 1, column: parser.column, reason })
  }
  if (!root) throw new XliffFileError('xliffNoRoot')
  return root
}

export const elements = (node: XmlElement, name?: string): XmlElement[] =>
  node.children.filter((c): c is XmlElement => c.type === 'element' && (name === undefined || c.name === name))
