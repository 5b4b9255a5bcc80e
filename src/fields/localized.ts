import type { Field, RichTextField, TextareaField, TextField } from 'payload'

import { emptyToNull } from '../hooks/emptyToNull'

type Base<T> = Omit<T, 'type' | 'localized'>

/** Localized text whose emptied value is stored as null, so the Italian fallback applies. */
export const localizedText = (field: Base<TextField>): TextField =>
  ({
    ...field,
    type: 'text',
    localized: true,
    hooks: { ...field.hooks, beforeChange: [emptyToNull, ...(field.hooks?.beforeChange ?? [])] },
  }) as TextField

export const localizedTextarea = (field: Base<TextareaField>): TextareaField => ({
  ...field,
  type: 'textarea',
  localized: true,
  hooks: { ...field.hooks, beforeChange: [emptyToNull, ...(field.hooks?.beforeChange ?? [])] },
})

export const localizedRichText = (field: Base<RichTextField>): RichTextField => ({
  ...field,
  type: 'richText',
  localized: true,
  hooks: { ...field.hooks, beforeChange: [emptyToNull, ...(field.hooks?.beforeChange ?? [])] },
})

export const isLocalizedField = (field: Field): boolean => 'localized' in field && field.localized === true
