import type { Field, LabelFunction, StaticLabel } from 'payload'

/** The kinds of localized field a translator writes. */
export type TranslatableKind = 'text' | 'textarea' | 'richText'

export interface TranslatableField {
  name: string
  kind: TranslatableKind
  required: boolean
  label: LabelFunction | StaticLabel | false
}

const kinds: readonly string[] = ['text', 'textarea', 'richText']
/** Derived from other fields (the slug follows the title) or kept by the server: not translated by hand. */
const notTranslatedByHand = new Set(['slug'])

/** The top-level localized text fields of a collection, in the order the edit view shows them. */
export function translatableFields(fields: Field[]): TranslatableField[] {
  return fields.flatMap((field) => {
    if (!('name' in field) || !('localized' in field) || field.localized !== true) return []
    if (!kinds.includes(field.type) || notTranslatedByHand.has(field.name)) return []
    return [
      {
        name: field.name,
        kind: field.type as TranslatableKind,
        required: 'required' in field && field.required === true,
        label: ('label' in field ? field.label : undefined) ?? field.name,
      },
    ]
  })
}
