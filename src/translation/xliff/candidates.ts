/**
 * Translation memory in XLIFF 2.0: the Translation Candidates module (`mtc`), one
 * `<mtc:matches>` per unit that has any, before its `<notes>` as the schema orders a unit's
 * children. Each `<mtc:match>` is an exact match (type "tm", matchQuality and similarity 100) whose
 * `origin` names the approved field it comes from (`faqs.12.answer`, `#p2` for its third block)
 * and whose `ref` points at the span it is for: the unit's segment (`#s1`, a whole field) or one
 * block of a rich text (`#b3`, the id of its `<pc>` in the source). Source and target are plain
 * text. Scena's import reads only each segment's own `<target>`: candidates are never applied.
 *
 * The xliff writer knows neither module elements nor segment ids, so both are set in its output:
 * a unit's start tag is found by its id (ours), and no `<` occurs in text (it is escaped).
 */
import type { Suggestion } from '../memory'
import { topLevelBlocks } from '../sourceText'
import { type EncodedRichText } from './richText'
import { xmlSafe } from './text'

export const MATCHES_NAMESPACE = 'urn:oasis:names:tc:xliff:matches:2.0'
/** The id given to the segment of a unit with candidates for the whole field. */
export const SEGMENT_ID = 's1'

export interface UnitCandidate {
  /** `#s1` (the segment) or `#b<n>` (a block of a rich text). */
  ref: string
  italian: string
  english: string
  origin: string
}

const originOf = ({ origin }: Suggestion) =>
  `${origin.collection}.${origin.id}.${origin.field}${origin.paragraph === undefined ? '' : `#p${origin.paragraph + 1}`}`

/** A unit's candidates; `encoded` is the encoding of a rich-text source (for block ids). */
export function unitCandidates(suggestions: readonly Suggestion[], source: unknown, encoded?: EncodedRichText) {
  const blocks = topLevelBlocks(source)
  const idOf = (paragraph: number) => {
    const block = blocks[paragraph]
    for (const [id, node] of encoded?.nodes ?? []) if (node === block) return id
    return undefined
  }
  return suggestions.flatMap((suggestion): UnitCandidate[] => {
    const id = suggestion.scope === 'field' ? SEGMENT_ID : idOf(suggestion.paragraph ?? -1)
    if (!id) return []
    return [{ ref: `#${id}`, italian: suggestion.italian, english: suggestion.english, origin: originOf(suggestion) }]
  })
}

const escapeText = (text: string) => xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;')

function matchesXml(candidates: readonly UnitCandidate[]): string {
  const matches = candidates.map(
    (c) =>
      `<mtc:match ref="${escapeAttribute(c.ref)}" type="tm" origin="${escapeAttribute(c.origin)}" matchQuality="100" similarity="100">` +
      `<source>${escapeText(c.italian)}</source><target>${escapeText(c.english)}</target></mtc:match>`,
  )
  return `<mtc:matches xmlns:mtc="${MATCHES_NAMESPACE}">${matches.join('')}</mtc:matches>`
}

/**
 * Puts each unit's candidates into the writer's output, in one pass over it. Unit ids are Scena's
 * (letters, digits, dots, dashes: nothing to escape). Throws when a unit is not found: the
 * writer's output changed.
 */
export function insertCandidates(xml: string, candidates: ReadonlyMap<string, readonly UnitCandidate[]>): string {
  if (candidates.size === 0) return xml
  const parts: string[] = []
  let from = 0
  let found = 0
  for (const match of xml.matchAll(/<unit id="([^"]*)"[^>]*>/g)) {
    const list = candidates.get(match[1] ?? '')
    if (!list) continue
    found++
    const end = match.index + match[0].length
    parts.push(xml.slice(from, end), matchesXml(list))
    from = end
    if (list.some((c) => c.ref === `#${SEGMENT_ID}`)) {
      const segment = xml.indexOf('<segment>', end)
      if (segment < 0) throw new Error(`XLIFF export: no <segment> in unit ${match[1]}`)
      parts.push(xml.slice(from, segment), `<segment id="${SEGMENT_ID}">`)
      from = segment + '<segment>'.length
    }
  }
  if (found !== candidates.size)
    throw new Error('XLIFF export: a unit with candidates is missing from the writer output')
  parts.push(xml.slice(from))
  return parts.join('')
}
