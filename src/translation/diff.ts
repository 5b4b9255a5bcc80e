import { diffWords } from 'diff'

/** One run of a word-level diff between two Italian texts. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** What a diff says in numbers, or why there is none. */
export type ChangeSummary =
  | { status: 'words'; inserted: number; deleted: number }
  /** More edits than are worth showing word by word, or no time left to compute them. */
  | { status: 'too-large' }
  /** The Italian the English was made from was not recorded (or not recoverable). */
  | { status: 'unrecorded' }

/**
 * Bounds of one diff. Myers' algorithm (jsdiff) costs about (length × edits): the bounds stop it
 * on texts rewritten from end to end, which are better reread than diffed anyway.
 */
export const DIFF_MAX_EDITS = 1000
export const DIFF_TIMEOUT_MS = 100

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
/** Words in a run of text (punctuation and spaces are not words; "l’attrice" is one). */
export const countWords = (text: string): number => text.match(wordPattern)?.length ?? 0

/**
 * The word-level diff from `before` to `after` (whitespace differences are not changes, like the
 * fingerprint); null when it exceeds the bounds. `timeoutMs` lowers the time bound.
 */
export function wordDiff(before: string, after: string, timeoutMs = DIFF_TIMEOUT_MS): DiffPart[] | null {
  if (before === after) return after === '' ? [] : [{ op: 'equal', text: after }]
  if (timeoutMs <= 0) return null
  const changes = diffWords(before, after, {
    maxEditLength: DIFF_MAX_EDITS,
    timeout: Math.min(timeoutMs, DIFF_TIMEOUT_MS),
  })
  if (!changes) return null
  return changes
    .filter((change) => change.value !== '')
    .map(({ added, removed, value }) => ({
      op: added ? 'insert' : removed ? 'delete' : 'equal',
      text: value,
    }))
}

/** Words inserted and deleted by a diff. */
export function summarize(parts: readonly DiffPart[]): ChangeSummary {
  let inserted = 0
  let deleted = 0
  for (const { op, text } of parts) {
    if (op === 'insert') inserted += countWords(text)
    else if (op === 'delete') deleted += countWords(text)
  }
  return { status: 'words', inserted, deleted }
}

/**
 * The diff as one line of text for places that cannot mark it up (an XLIFF note): deletions as
 * [-…-], insertions as {+…+}, as GNU wdiff writes them.
 */
export const diffAsText = (parts: readonly DiffPart[]): string =>
  parts.map(({ op, text }) => (op === 'insert' ? `{+${text}+}` : op === 'delete' ? `[-${text}-]` : text)).join('')
