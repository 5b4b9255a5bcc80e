import { getTranslation } from '@payloadcms/translations'
import { type CollectionBeforeOperationHook, type Field } from 'payload'

import { refusal } from '../errors'
import { hasRole } from '../access/roles'
import { serverManagedFieldNames } from '../fields/translationStatus'

const serverManaged: readonly string[] = serverManagedFieldNames

/** Top-level fields shared by both languages (not localized), which only editors may change. */
const sharedFieldNames = (fields: Field[]): string[] =>
  fields.flatMap((field) =>
    'name' in field && !('localized' in field && field.localized) && !serverManaged.includes(field.name)
      ? [field.name]
      : [],
  )

/** Empty values compare equal whatever their form ('' from a form field, null in the database). */
const normal = (value: unknown) => (value === '' || value === undefined ? null : value)
const same = (a: unknown, b: unknown) => JSON.stringify(normal(a)) === JSON.stringify(normal(b))
const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value

/**
 * A translator writes English text only. Changing a field shared by both languages (order,
 * section, images, website…) is refused with 403 and names the field, instead of being dropped
 * silently; unchanged values, as the admin form sends them, pass.
 */
export const rejectTranslatorSharedChanges: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update' || !hasRole(req.user, 'translator')) return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const shared = sharedFieldNames(collection.fields).filter((name) => name in data && name !== '_status')
  if (shared.length === 0) return args
  const id = (args as { id?: number | string }).id
  const current = id
    ? await req.payload.findByID({ collection: collection.slug, id, depth: 0, draft: true, overrideAccess: true, req })
    : null
  const changed = shared.filter(
    (name) => !same(idOf(data[name]), idOf((current as Record<string, unknown> | null)?.[name])),
  )
  if (changed.length > 0) {
    // Named as the admin shows them, in the translator's language.
    const label = (name: string) => {
      const field = collection.fields.find((f) => 'name' in f && f.name === name)
      const text = field && 'label' in field && field.label ? getTranslation(field.label, req.i18n) : name
      return `«${text}»`
    }
    throw refusal(req, 403, 'errTranslatorShared', { count: changed.length, fields: changed.map(label).join(', ') })
  }
  return args
}

/**
 * Payload's drafts are per document: publishing English would also publish any Italian draft the
 * coordinator has not published yet. A translator's publish is therefore limited to the locale
 * being written (Payload's publishSpecificLocale); the Italian stays as last published. Any other
 * save by a translator is a draft: without it, `_status: 'draft'` would unpublish the entry in
 * both languages, and a save without a status would put the latest (Italian) draft live.
 */
export const publishOnlyTranslatorLocale: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' || !hasRole(req.user, 'translator')) return args
  const data = (args as { data?: { _status?: unknown } }).data ?? {}
  if (data._status === 'published' && req.locale && req.locale !== 'all') {
    return { ...args, publishSpecificLocale: req.locale }
  }
  // The admin's Unpublish: `_status: 'draft'` sent as a publish (no draft flag).
  if (data._status === 'draft' && !(args as { draft?: boolean }).draft) {
    throw refusal(req, 403, 'errTranslatorUnpublish')
  }
  return { ...args, draft: true, data: { ...data, _status: 'draft' } }
}
