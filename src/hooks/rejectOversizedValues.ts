import {
  type CollectionConfig,
  type FlattenedField,
  type GlobalConfig,
  type LabelFunction,
  type PayloadRequest,
  type StaticLabel,
  ValidationError,
} from 'payload'

import { serverText } from '../errors'

/** Longest single-line text when a field sets no maxLength of its own (titles, names, slugs). */
export const DEFAULT_TEXT_MAX = 300
/** Longest multi-line text (summaries, descriptions, notes) when the field sets none. */
export const DEFAULT_TEXTAREA_MAX = 10_000
/** Largest rich text, measured as its stored JSON (an FAQ answer is a few kilobytes). */
export const RICH_TEXT_MAX_BYTES = 200_000

/** One refused field: Payload's shape (the admin marks the field by `path`), with our stable code. */
type Problem = {
  path: string
  label?: LabelFunction | StaticLabel
  message: string
  code: 'errTooLong' | 'errRichTextTooLong'
}

const limitOf = (field: FlattenedField): number | undefined => {
  if (field.type === 'text' || field.type === 'email' || field.type === 'code')
    return ('maxLength' in field && field.maxLength) || DEFAULT_TEXT_MAX
  if (field.type === 'textarea') return field.maxLength || DEFAULT_TEXTAREA_MAX
  return undefined
}

/** A value as saved: one locale's value, or `{ it, en }` when saving all locales at once. */
const perLocale = (field: FlattenedField, value: unknown): unknown[] =>
  'localized' in field && field.localized && value && typeof value === 'object' && !Array.isArray(value)
    ? Object.values(value)
    : [value]

function oversized(
  req: PayloadRequest,
  fields: FlattenedField[],
  data: Record<string, unknown>,
  prefix: string,
  out: Problem[],
): void {
  for (const field of fields) {
    if (!(field.name in data)) continue
    const path = `${prefix}${field.name}`
    const label = 'label' in field && field.label ? field.label : undefined
    for (const value of perLocale(field, data[field.name])) {
      const max = limitOf(field)
      if (max !== undefined && typeof value === 'string' && value.length > max) {
        const message = serverText(req, 'errTooLong', { count: max, length: value.length })
        out.push({ path, label, message, code: 'errTooLong' })
      } else if (field.type === 'richText' && value && JSON.stringify(value).length > RICH_TEXT_MAX_BYTES) {
        const message = serverText(req, 'errRichTextTooLong', { kb: RICH_TEXT_MAX_BYTES / 1000 })
        out.push({ path, label, message, code: 'errRichTextTooLong' })
      } else if (field.type === 'group' && value && typeof value === 'object') {
        oversized(req, field.flattenedFields, value as Record<string, unknown>, `${path}.`, out)
      } else if (field.type === 'array' && Array.isArray(value)) {
        value.forEach((row, i) => oversized(req, field.flattenedFields, row ?? {}, `${path}.${i}.`, out))
      }
    }
  }
}

/**
 * Refuses a save with a value longer than its field allows, drafts included: Payload skips field
 * validation (and so `maxLength`) for drafts, and a 10 MB JSON body was stored in a title. Nothing
 * is written; the answer is a 400 naming the fields, in the request's language, each with its
 * code (`errors[0].data.errors[i].code`).
 */
function rejectOversized(fields: FlattenedField[], slug: string, data: unknown, req: PayloadRequest): void {
  if (!data || typeof data !== 'object') return
  const problems: Problem[] = []
  oversized(req, fields, data as Record<string, unknown>, '', problems)
  if (problems.length) throw new ValidationError({ collection: slug, errors: problems, req }, req.t)
}

type Entity = { flattenedFields: FlattenedField[]; slug: string }
type SizeCheckArgs = { data?: unknown; req: PayloadRequest; collection?: Entity; global?: Entity }

/** Adds the size check to every collection's and global's saves. */
export function withSizeLimits<T extends CollectionConfig | GlobalConfig>(configs: T[]): T[] {
  return configs.map((config) => ({
    ...config,
    hooks: {
      ...config.hooks,
      beforeValidate: [
        ({ data, req, collection, global }: SizeCheckArgs) => {
          const entity = (collection ?? global) as Entity
          rejectOversized(entity.flattenedFields, entity.slug, data, req)
          return data
        },
        ...(config.hooks?.beforeValidate ?? []),
      ],
    },
  }))
}
