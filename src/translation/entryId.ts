import { MAX_ID } from '../db/ids'

/** The entry id in a request (a positive integer within range), or null. */
export function entryId(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^[1-9]\d{0,9}$/.test(text)) return null
  const id = Number(text)
  return id <= MAX_ID ? id : null
}
