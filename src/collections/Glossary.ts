import type { CollectionConfig } from 'payload'

import { authenticated, isEditor } from '../access'
import { hasRole } from '../access/roles'

/** Agreed translations of the practice's key terms, shown to translators and sent with XLIFF. */
export const Glossary: CollectionConfig = {
  slug: 'glossary',
  labels: {
    singular: { it: 'Termine del glossario', en: 'Glossary term' },
    plural: { it: 'Glossario', en: 'Glossary' },
  },
  defaultSort: 'term',
  admin: {
    useAsTitle: 'term',
    defaultColumns: ['term', 'translation', 'note'],
    group: { it: 'Traduzione', en: 'Translation' },
  },
  access: {
    // Staff only: the glossary is a working tool, not public content.
    read: authenticated,
    // Translators keep the glossary alongside the coordinator; only editors remove terms.
    create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator'),
    update: ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator'),
    delete: isEditor,
  },
  fields: [
    {
      name: 'term',
      type: 'text',
      required: true,
      unique: true,
      label: { it: 'Termine italiano', en: 'Italian term' },
      admin: { description: { it: 'Come compare nel testo italiano.', en: 'As it occurs in the Italian text.' } },
    },
    { name: 'translation', type: 'text', required: true, label: { it: 'Inglese', en: 'English' } },
    { name: 'note', type: 'textarea', label: { it: 'Nota', en: 'Note' } },
  ],
}
