import sax from 'sax'

import { CodedError, said, type Said } from '../../errors'
import type { ServerMessage } from '../../i18n/serverMessages'

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
 * `data` goes beside the code in the refusal (`errors[0].data`): for XML that is not well formed,
 * what is wrong as a code of ours and where (`{ reason: 'xmlBareAmpersand', line: 12, column: 40 }`).
 */
export class XliffFileError extends CodedError {
  constructor(
    code: ServerMessage,
    vars?: Record<string, unknown>,
    readonly data?: Record<string, unknown>,
  ) {
    super(code, vars)
  }
}

/** What can be wrong with the XML itself: each a message of src/i18n/serverMessages.ts. */
type XmlReason = Extract<ServerMessage, `xml${string}`>

/**
 * What sax found wrong, as codes of ours: its own messages are English jargon ("Unencoded <") and
 * may change with any release, so they never reach the caller. The messages a malformed XLIFF
 * gets from sax 1.6 with the options below have their place here; any other (one a later release
 * adds, a buffer over its limit) is `xmlSyntax`.
 */
const saxReasons: ReadonlyArray<readonly [RegExp, XmlReason]> = [
  [/^(Unclosed root tag|Unexpected end)/, 'xmlTruncated'],
  [/^(Unexpected close tag|Unmatched closing tag)/, 'xmlMismatchedTag'],
  [/^Invalid character entity/, 'xmlUnknownEntity'],
  [/^Invalid character in entity name/, 'xmlBareAmpersand'],
  [/^(Non-whitespace before first tag|Text data outside of root node)/, 'xmlOutsideRoot'],
  [/^Unencoded </, 'xmlBareLessThan'],
  [/^Malformed comment/, 'xmlMalformedComment'],
  [
    /^(Invalid character in tag name|Invalid tagname in closing tag|Invalid characters in closing tag|Weird empty close tag|Forward-slash in opening tag)/,
    'xmlBadTag',
  ],
  [
    /^(Invalid attribute name|Attribute without value|Unquoted attribute value|No whitespace between attributes)/,
    'xmlBadAttribute',
  ],
]

export const saxReason = (message: string): Said =>
  said(saxReasons.find(([pattern]) => pattern.test(message))?.[1] ?? 'xmlSyntax')

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
    const where = { line: parser.line + 1, column: parser.column }
    throw new XliffFileError('xliffMalformed', { ...where, reason }, { reason: reason.code, ...where })
  }
  if (!root) throw new XliffFileError('xliffNoRoot')
  return root
}

export const elements = (node: XmlElement, name?: string): XmlElement[] =>
  node.children.filter((c): c is XmlElement => c.type === 'element' && (name === undefined || c.name === name))
