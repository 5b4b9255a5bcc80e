import sax from 'sax'

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

/** A file the import refuses as a whole (400): nothing in it is applied. */
export class XliffFileError extends Error {}

/** Deeper than any exported unit; stops a crafted file from exhausting the stack later on. */
const maxDepth = 200

/**
 * Parses untrusted XML into a tree, keeping every character of text (whitespace included: it is
 * part of the translation). No DTD is ever read: a DOCTYPE or ENTITY declaration is refused
 * before parsing (XXE, entity expansion), and only the five XML entities are known.
 */
export function parseXml(xml: string): XmlElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new XliffFileError('DOCTYPE and ENTITY declarations are not allowed in an XLIFF file.')
  }
  const parser = sax.parser(true, { strictEntities: true, position: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  let failure: string | undefined
  const fail = (message: string) => {
    failure ??= message
    throw new XliffFileError(message)
  }
  const addText = (text: string) => {
    const parent = stack.at(-1)
    if (!parent) return // whitespace around the root element (sax refuses any other text there)
    const last = parent.children.at(-1)
    if (last?.type === 'text') last.text += text
    else parent.children.push({ type: 'text', text })
  }
  parser.onerror = (error) => fail(error.message.split('\n')[0] ?? 'unreadable XML')
  parser.ondoctype = () => fail('DOCTYPE declarations are not allowed in an XLIFF file.')
  parser.ontext = addText
  parser.oncdata = addText
  parser.onopentag = ({ name, attributes }) => {
    const element: XmlElement = { type: 'element', name, attributes, children: [] }
    const parent = stack.at(-1)
    if (parent) parent.children.push(element)
    else if (root) fail('more than one root element')
    else root = element
    if (stack.push(element) > maxDepth) fail(`elements nested more than ${maxDepth} deep`)
  }
  parser.onclosetag = () => void stack.pop()
  try {
    parser.write(xml).close()
  } catch (error) {
    const where = `line ${parser.line + 1}, column ${parser.column}`
    throw new XliffFileError(`Malformed XML (${where}): ${failure ?? (error as Error).message}.`)
  }
  if (!root) throw new XliffFileError('Malformed XML: the file has no root element.')
  return root
}

export const elements = (node: XmlElement, name?: string): XmlElement[] =>
  node.children.filter((c): c is XmlElement => c.type === 'element' && (name === undefined || c.name === name))
