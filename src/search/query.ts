/**
 * The visitor's search text, bounded, and its address in the page cache. A leaf: read by the proxy
 * (which sends each search to its cached results page), the search page and the data layer.
 */
export const MAX_QUERY_LENGTH = 200
/** Words (runs of letters or digits) searched at most; the rest are ignored and the visitor told. */
export const MAX_QUERY_TERMS = 10

/** The visitor's text with whitespace collapsed, at most MAX_QUERY_LENGTH characters. */
export const tidyQuery = (raw: string): string =>
  raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim()

/**
 * The visitor's text as searched: whitespace collapsed, at most MAX_QUERY_LENGTH characters and
 * MAX_QUERY_TERMS words (a word is a run of letters or digits, which is what PostgreSQL's parser
 * turns into lexemes, so this also bounds the size of the tsquery).
 */
export function normalizeQuery(raw: string): { text: string; ignoredTerms: number } {
  const text = tidyQuery(raw)
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)]
  const last = words[MAX_QUERY_TERMS - 1]
  if (words.length <= MAX_QUERY_TERMS || !last) return { text, ignoredTerms: 0 }
  return { text: text.slice(0, last.index + last[0].length), ignoredTerms: words.length - MAX_QUERY_TERMS }
}

/**
 * The path segment of a search's results page (`/it/search/<token>`): the tidied text in
 * base64url, so that one search is one entry of the page cache however the visitor spaced it.
 * Empty for a text with nothing to search.
 */
export const searchToken = (raw: string): string => Buffer.from(tidyQuery(raw), 'utf8').toString('base64url')

/**
 * The text a results page searches for, or null when `token` is not what searchToken() gives
 * (the page answers 404: one search cannot be spread over many cache entries by spelling its token otherwise).
 */
export function queryOfToken(token: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,1100}$/.test(token)) return null
  const text = Buffer.from(token, 'base64url').toString('utf8')
  return text && searchToken(text) === token ? text : null
}
