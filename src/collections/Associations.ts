import { localizedRichText, localizedText } from '../fields/localized'
import { websiteField } from '../fields/url'
import { contentCollection } from './content'

export const Associations = contentCollection({
  slug: 'associations',
  labels: { singular: { it: 'Associazione', en: 'Association' }, plural: { it: 'Associazioni', en: 'Associations' } },
  titleField: 'name',
  columns: ['coordinatorRole'],
  fields: [
    localizedText({ name: 'name', required: true, label: { it: 'Nome', en: 'Name' } }),
    localizedRichText({ name: 'description', required: true, label: { it: 'Descrizione', en: 'Description' } }),
    localizedText({
      name: 'coordinatorRole',
      label: { it: 'Ruolo nell’associazione', en: 'Role in the association' },
      admin: {
        description: {
          it: 'Per esempio «Socia fondatrice» o «Socio fondatore».',
          en: 'For example “Founding member”.',
        },
      },
    }),
    websiteField({ name: 'website', label: { it: 'Sito web', en: 'Website' }, admin: { placeholder: 'https://' } }),
    { name: 'logo', type: 'upload', relationTo: 'media', label: 'Logo' },
  ],
})
