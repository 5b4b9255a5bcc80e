import type { FieldHook, TextField } from 'payload'

import { slugify } from './slugify'

/**
 * A slug per locale, generated from `sourceField` in the same locale when left empty, and always
 * normalised. Unique per locale: the database enforces it on (slug, locale).
 */
export function slugField(sourceField: string): TextField {
  const generate: FieldHook = ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && slugify(value) !== '') return slugify(value)
    const source = data?.[sourceField] ?? originalDoc?.[sourceField]
    if (typeof source === 'string' && source.trim() !== '') return slugify(source)
    return value === '' ? null : value
  }
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    unique: true,
    index: true,
    label: 'Slug',
    admin: {
      position: 'sidebar',
      description: {
        it: 'Generato dal titolo in ogni lingua se lasciato vuoto; modificabile.',
        en: 'Generated from the title in each language when left empty; editable.',
      },
    },
    hooks: { beforeValidate: [generate] },
  }
}
