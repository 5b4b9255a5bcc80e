/** PostgreSQL's integer ids stop here; a larger number names no entry (and must not reach SQL). */
const maxEntryId = 2 ** 31 - 1

/** The entry id in a request (a positive integer within range), or null. */
export function entryId(value: unknown): number | null {
  const text = typeof value === 'number' ? String(value) : value
  if (typeof text !== 'string' || !/^[1-9]\d{0,9}$/.test(text)) return null
  const id = Number(text)
  return id <= maxEntryId ? id : null
}
