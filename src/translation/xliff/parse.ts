import { sourceLocale, targetLocale } from '../locales'
import { elements, parseXml, XliffFileError, type XmlElement, type XmlNode } from './xml'

export interface ParsedUnit {
  id: string
  /** The target's content (segments joined); null when no segment has a target. */
  target: XmlNode[] | null
  /** Some segments have a target, others not: a tool split the unit and it is half done. */
  incomplete: boolean
}

/** "en", "EN" and "en-GB" all name English. */
const isLanguage = (value: string | undefined, language: string) => {
  const lower = value?.toLowerCase()
  return lower === language || Boolean(lower?.startsWith(`${language}-`))
}

/** Units of a <file>, including those a tool put into <group>s. */
const unitsOf = (parent: XmlElement): XmlElement[] =>
  elements(parent).flatMap((child) => (child.name === 'unit' ? [child] : child.name === 'group' ? unitsOf(child) : []))

/**
 * A unit's target. Tools may split a unit into several segments (with <ignorable> whitespace
 * between them): the target is their targets in order, an ignorable without a target standing
 * for its source.
 */
function readUnit(unit: XmlElement): ParsedUnit {
  const parts = elements(unit).filter((c) => c.name === 'segment' || c.name === 'ignorable')
  const segments = parts.filter((p) => p.name === 'segment')
  const translated = segments.filter((s) => elements(s, 'target').length > 0).length
  const id = unit.attributes.id ?? ''
  if (translated === 0) return { id, target: null, incomplete: false }
  const target = parts.flatMap((part) => {
    const chosen = elements(part, 'target')[0] ?? (part.name === 'ignorable' ? elements(part, 'source')[0] : undefined)
    return chosen?.children ?? []
  })
  return { id, target, incomplete: translated < segments.length }
}

/** Units one import may carry (all 1,000 FAQs of the benchmark export as 2,000). */
export const MAX_XLIFF_UNITS = 5000

/** Reads an XLIFF 2.0 file from Italian to English; anything else is refused as a whole. */
export function readXliff(xml: string): ParsedUnit[] {
  const root = parseXml(xml)
  if (root.name !== 'xliff') throw new XliffFileError('xliffNotXliff', { name: root.name })
  const { version, srcLang, trgLang } = root.attributes
  if (version === undefined) throw new XliffFileError('xliffNoVersion')
  if (version !== '2.0') throw new XliffFileError('xliffVersion', { version })
  if (!isLanguage(srcLang, sourceLocale)) {
    throw new XliffFileError('xliffSourceLanguage', { value: srcLang ?? '', expected: sourceLocale })
  }
  if (!isLanguage(trgLang, targetLocale)) {
    throw new XliffFileError('xliffTargetLanguage', { value: trgLang ?? '', expected: targetLocale })
  }
  const unitElements = elements(root, 'file').flatMap(unitsOf)
  if (unitElements.length === 0) throw new XliffFileError('xliffNoUnits')
  if (unitElements.length > MAX_XLIFF_UNITS) {
    throw new XliffFileError('xliffTooManyUnits', { count: unitElements.length, max: MAX_XLIFF_UNITS })
  }
  return unitElements.map(readUnit)
}
