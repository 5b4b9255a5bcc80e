import type { TextField } from 'payload'

import { editorsOnly } from '../access'

/** Stable key of an entry created by the seed, so that seeding twice never duplicates it. */
export const contentKeyField = (): TextField => ({
  name: 'contentKey',
  type: 'text',
  unique: true,
  index: true,
  access: { create: editorsOnly, update: editorsOnly },
  admin: { hidden: true },
})
