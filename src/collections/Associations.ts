import type { CollectionConfig } from 'payload'

import { contentAccess, editorsOnly } from '../access'
import { contentKeyField } from '../fields/contentKey'
import { localizedRichText, localizedText } from '../fields/localized'
import { orderField } from '../fields/order'
import { slugField } from '../fields/slug'
import { websiteField } from '../fields/url'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate'
import { publishOnlyTranslatorLocale, rejectTranslatorSharedChanges } from '../hooks/translatorGuard'
import { previewAdmin } from './livePreview'
import { translationListAdmin } from './translationAdmin'
import { draftVersions } from './versions'
import { translationFields } from '../translation/storedFields'
import { trackTranslation } from '../translation/track'

export const Associations: CollectionConfig = {
  slug: 'associations',
  labels: {
    singular: { it: 'Associazione', en: 'Association' },
    plural: { it: 'Associazioni', en: 'Associations' },
  },
  defaultSort: 'order',
  admin: {
    ...previewAdmin('associations'),
    ...translationListAdmin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'coordinatorRole', '_status', 'translationStatus', 'updatedAt'],
  },
  access: contentAccess,
  hooks: {
    beforeOperation: [rejectTranslatorSharedChanges, publishOnlyTranslatorLocale],
    beforeChange: [trackTranslation],
    afterChange: [revalidateAfterChange('associations')],
    afterDelete: [revalidateAfterDelete('associations')],
  },
  versions: draftVersions,
  fields: [
    localizedText({ name: 'name', required: true, label: { it: 'Nome', en: 'Name' } }),
    localizedRichText({ name: 'description', required: true, label: { it: 'Descrizione', en: 'Description' } }),
    localizedText({
      name: 'coordinatorRole',
      label: { it: 'Ruolo della coordinatrice / del coordinatore', en: "The coordinator's role" },
      admin: { description: { it: 'Es. "Tra i membri fondatori"', en: 'E.g. "Founding member"' } },
    }),
    websiteField({
      name: 'website',
      label: { it: 'Sito web', en: 'Website' },
      access: { create: editorsOnly, update: editorsOnly },
      admin: { placeholder: 'https://' },
    }),
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: 'Logo',
      access: { create: editorsOnly, update: editorsOnly },
    },
    orderField(),
    slugField('name'),
    contentKeyField(),
    ...translationFields(),
  ],
}
