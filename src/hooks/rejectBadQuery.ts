import type { CollectionBeforeOperationHook, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { refusal } from '../errors'
import { MAX_ID } from '../db/ids'

/** The most entries one anonymous read may ask for (`limit=0`, "all", counts as asking for more). */
export const MAX_ANONYMOUS_LIMIT = 100
/** Conditions one `where` may hold (admin filters use a handful). */
export const MAX_WHERE_CONDITIONS = 100
const MAX_PAGE = 100_000

export function isValidId(id: unknown): boolean {
  const value = typeof id === 'string' && /^\d{1,10}$/.test(id) ? Number(id) : id
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_ID
}

const isWholeNumber = (value: unknown, min: number, max: number) => {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max
}

const sortable = (collection: SanitizedCollectionConfig) =>
  new Set(['id', 'createdAt', 'updatedAt', ...collection.flattenedFields.map((field) => field.name)])

function sortFields(sort: unknown): string[] {
  const list = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return list.map((item) => String(item).trim().replace(/^-/, '').split('.')[0] ?? '')
}

/** Field path → operators, for every condition of a `where` (however nested in and/or). */
function conditions(where: unknown, out: Array<[string, string[]]> = []): Array<[string, string[]]> {
  if (!where || typeof where !== 'object') return out
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) value.forEach((w) => conditions(w, out))
    else out.push([key, value && typeof value === 'object' ? Object.keys(value) : []])
  }
  return out
}

// Operators PostgreSQL cannot apply to every field: `like` on rich text is jsonb ~~* text (no such
// operator: a 500), `near` on a number has no adapter at all (a TypeError).
const geometricOperators = new Set(['near', 'within', 'intersects'])
function unsupported(collection: SanitizedCollectionConfig, path: string, operators: string[]): string | undefined {
  const field = collection.flattenedFields.find((f) => f.name === path.split('.')[0])
  for (const operator of operators) {
    if (geometricOperators.has(operator) && field?.type !== 'point') return operator
    if ((field?.type === 'richText' || field?.type === 'json') && operator !== 'exists') return operator
  }
  return undefined
}

function countConditions(where: unknown): number {
  if (!where || typeof where !== 'object') return 0
  let count = 0
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value))
      count += value.reduce((n, w) => n + countConditions(w), 0)
    else count += value && typeof value === 'object' ? Math.max(1, Object.keys(value).length) : 1
  }
  return count
}

/** Anonymous callers of the REST API; the site's own reads (Local API) are bounded by the code. */
const isAnonymousApiCall = (req: PayloadRequest) => !req.user && req.payloadAPI !== 'local'

/**
 * What an API caller may ask of a collection, checked before any SQL is built: ids that PostgreSQL
 * can hold, whole page/limit/depth numbers, sort fields that exist (Payload silently ignores unknown
 * ones), a bounded `where`, and at most MAX_ANONYMOUS_LIMIT entries per anonymous read.
 */
export const rejectBadQuery: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const query = args as Record<string, unknown>
  const slug = collection.slug
  if ('id' in query && query.id !== undefined && query.id !== null && req.payload.db.defaultIDType === 'number') {
    if (!isValidId(query.id)) {
      // Payload has already turned "abc" into NaN: name what the caller sent.
      const sent = String(req.routeParams?.id ?? query.id).slice(0, 40)
      throw refusal(req, 400, 'apiInvalidId', { value: sent, collection: slug, max: MAX_ID })
    }
  }
  if (query.page !== undefined && !isWholeNumber(query.page, 1, MAX_PAGE)) {
    throw refusal(req, 400, 'apiInvalidPage', { value: String(query.page).slice(0, 40), max: MAX_PAGE })
  }
  if (query.limit !== undefined && !isWholeNumber(query.limit, 0, Number.MAX_SAFE_INTEGER)) {
    throw refusal(req, 400, 'apiInvalidLimit', { value: String(query.limit).slice(0, 40) })
  }
  if (query.depth !== undefined && !isWholeNumber(query.depth, 0, req.payload.config.maxDepth)) {
    const max = req.payload.config.maxDepth
    throw refusal(req, 400, 'apiInvalidDepth', { value: String(query.depth).slice(0, 40), max })
  }
  if (query.sort !== undefined) {
    const known = sortable(collection)
    const unknown = sortFields(query.sort).find((field) => !known.has(field))
    if (unknown !== undefined)
      throw refusal(req, 400, 'apiUnknownSort', { collection: slug, value: unknown.slice(0, 40) })
  }
  if (req.payloadAPI !== 'local' && query.where) {
    if (countConditions(query.where) > MAX_WHERE_CONDITIONS) {
      throw refusal(req, 400, 'apiTooManyConditions', { max: MAX_WHERE_CONDITIONS })
    }
    for (const [path, operators] of conditions(query.where)) {
      const operator = unsupported(collection, path, operators)
      if (operator) {
        throw refusal(req, 400, 'apiUnsupportedOperator', { path: path.slice(0, 40), operator })
      }
    }
  }
  if (isAnonymousApiCall(req)) {
    const limit = Number(query.limit)
    const unbounded =
      query.pagination === false || (query.limit !== undefined && (limit === 0 || limit > MAX_ANONYMOUS_LIMIT))
    if (unbounded)
      return { ...args, pagination: true, limit: Math.min(limit || MAX_ANONYMOUS_LIMIT, MAX_ANONYMOUS_LIMIT) }
  }
  return args
}
