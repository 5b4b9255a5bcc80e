import type { UIField } from 'payload'

/** The entry's former addresses in its sidebar, each removable by editors (no data of its own). */
export const formerAddressesField = (): UIField => ({
  name: 'formerAddresses',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/admin/FormerAddresses#FormerAddresses' },
  },
})
