import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '../access'
import { enquiryAccessActions, selectField } from '../fields/options'

/**
 * Who read what (GDPR art. 5(2), accountability): every time a staff account opens, exports or
 * erases an enquiry. Never the enquiry's content: its number, the action, the account and when.
 * Written by the server only; admins read it; deleted with the enquiry's retention (`expiresAt`).
 */
export const EnquiryAccess: CollectionConfig = {
  slug: 'enquiry-access',
  labels: {
    singular: { it: 'Accesso a una richiesta', en: 'Enquiry access' },
    plural: { it: 'Registro degli accessi alle richieste', en: 'Enquiry access log' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'enquiryId',
    defaultColumns: ['createdAt', 'action', 'enquiryId', 'userEmail'],
    description: {
      it: 'Chi ha aperto, esportato o cancellato una richiesta di contatto, e quando. Il contenuto delle richieste non compare qui.',
      en: 'Who opened, exported or erased a contact enquiry, and when. The enquiries’ content never appears here.',
    },
  },
  access: {
    read: isAdmin,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    selectField('action', enquiryAccessActions, { it: 'Azione', en: 'Action' }, { required: true }),
    {
      // A number, not a relationship: the entry outlives the enquiry it records the erasure of.
      name: 'enquiryId',
      type: 'number',
      required: true,
      index: true,
      label: { it: 'Richiesta n.', en: 'Enquiry no.' },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: { it: 'Account', en: 'Account' },
    },
    {
      // Kept as it was: the account may be renamed or removed later.
      name: 'userEmail',
      type: 'text',
      required: true,
      label: { it: 'E-mail dell’account', en: 'Account e-mail' },
    },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      index: true,
      label: { it: 'Cancellata il', en: 'Deleted on' },
      admin: {
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
        description: {
          it: 'Alla fine del periodo di conservazione della richiesta.',
          en: 'At the end of the enquiry’s retention period.',
        },
      },
    },
  ],
}
