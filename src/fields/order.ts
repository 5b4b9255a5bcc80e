import type { NumberField } from 'payload'

import { editorsOnly } from '../access'

/** Position in lists, smallest first. Not localized: both languages show the same order. */
export const orderField = (): NumberField => ({
  name: 'order',
  type: 'number',
  defaultValue: 0,
  index: true,
  min: 0,
  access: { create: editorsOnly, update: editorsOnly },
  label: { it: 'Ordine', en: 'Order' },
  admin: { position: 'sidebar', step: 1 },
})
