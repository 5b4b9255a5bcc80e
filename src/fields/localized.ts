import type { FieldHook, RichTextField, TextareaField, TextField } from 'payload'

import { isEmptyValue } from './richText'
import { validateRichText, validateText, validateTextarea } from './requiredInLocale'

type Base<T> = Omit<T, 'type' | 'localized'>

/**
 * Payload falls back to Italian only when the English value is null, so an emptied field
 * (an empty string, an empty rich-text document) is stored as null.
 */
const emptyToNull: FieldHook = ({ value }) => (isEmptyValue(value) ? null : value)

/** Shown above the field when editing English: the Italian source, status, glossary, copy action. */
const translationAside = '/components/admin/TranslationAside#TranslationAside'
const withAside = <A extends { components?: object } | undefined>(admin: A) => ({
  ...admin,
  components: { beforeInput: [translationAside], ...admin?.components },
})

/** Localized text whose emptied value is stored as null, so the Italian fallback applies. */
export const localizedText = (field: Base<TextField>): TextField =>
  ({
    ...field,
    admin: withAside(field.admin),
    validate: validateText,
    type: 'text',
    localized: true,
    hooks: { ...field.hooks, beforeChange: [emptyToNull, ...(field.hooks?.beforeChange ?? [])] },
  }) as TextField

export const localizedTextarea = (field: Base<TextareaField>): TextareaField => ({
  ...field,
  admin: withAside(field.admin),
  validate: validateTextarea,
  type: 'textarea',
  localized: true,
  hooks: { ...field.hooks, beforeChange: [emptyToNull, ...(field.hooks?.beforeChange ?? [])] },
})

export const localizedRichText = (field: Base<RichTextField>): RichTextField => ({
  ...field,
  admin: withAside(field.admin),
  validate: validateRichText,
  type: 'richText',
  localized: true,
  hooks: { ...field.hooks, beforeChange: [emptyToNull, ...(field.hooks?.beforeChange ?? [])] },
})
