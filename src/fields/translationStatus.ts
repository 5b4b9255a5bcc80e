import type { Field } from 'payload'

import { signedInField } from '../access'

/** A field's English: translated from the current Italian, not translated yet, or made from an older Italian. */
export type FieldStatus = 'complete' | 'missing' | 'outdated'
export const fieldStatuses: readonly FieldStatus[] = ['complete', 'missing', 'outdated']

/** Kept by the server on every save (see trackTranslation); never taken from a request. */
export const serverManagedFieldNames = ['translationStatus', 'translationState'] as const

const statusLabels = {
  complete: { it: 'Completa', en: 'Complete' },
  missing: { it: 'Mancante', en: 'Missing' },
  outdated: { it: 'Da aggiornare', en: 'Outdated' },
}

/** The English translation's status, stored so that lists can show and filter it. */
export const translationFields = (): Field[] => [
  {
    name: 'translationStatus',
    type: 'select',
    index: true,
    // Staff only: the public API has no use for translation work in progress.
    access: { read: signedInField },
    options: fieldStatuses.map((value) => ({ value, label: statusLabels[value] })),
    label: { it: 'Traduzione inglese', en: 'English translation' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: { Cell: '/components/admin/TranslationStatusCell#TranslationStatusCell' },
    },
  },
  { name: 'translationState', type: 'json', access: { read: signedInField }, admin: { hidden: true } },
]
