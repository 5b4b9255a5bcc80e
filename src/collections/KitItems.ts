import type { CollectionConfig } from 'payload'

import { contentAccess, editorsOnly } from '../access'
import { contentKeyField } from '../fields/contentKey'
import { localizedText, localizedTextarea } from '../fields/localized'
import { orderField } from '../fields/order'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate'
import { publishOnlyTranslatorLocale, rejectTranslatorSharedChanges } from '../hooks/translatorGuard'
import { previewAdmin } from './livePreview'
import { translationListAdmin } from './translationAdmin'
import { draftVersions } from './versions'
import { translationFields } from '../translation/storedFields'
import { trackTranslation } from '../translation/track'

export const kitUseContexts = [
  { value: 'set', label: { it: 'Set', en: 'Set' } },
  { value: 'stage', label: { it: 'Palcoscenico', en: 'Stage' } },
  { value: 'both', label: { it: 'Set e palcoscenico', en: 'Set and stage' } },
]

export const KitItems: CollectionConfig = {
  slug: 'kit-items',
  labels: {
    singular: { it: 'Elemento del kit', en: 'Kit item' },
    plural: { it: 'Kit', en: 'Kit items' },
  },
  defaultSort: 'order',
  admin: {
    ...previewAdmin('kit-items'),
    ...translationListAdmin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'useContext', 'order', '_status', 'translationStatus', 'updatedAt'],
  },
  access: contentAccess,
  hooks: {
    beforeOperation: [rejectTranslatorSharedChanges, publishOnlyTranslatorLocale],
    beforeChange: [trackTranslation],
    afterChange: [revalidateAfterChange('kit-items')],
    afterDelete: [revalidateAfterDelete('kit-items')],
  },
  versions: draftVersions,
  fields: [
    localizedText({ name: 'name', required: true, label: { it: 'Nome', en: 'Name' } }),
    localizedTextarea({ name: 'description', required: true, label: { it: 'Descrizione', en: 'Description' } }),
    {
      name: 'useContext',
      type: 'select',
      required: true,
      defaultValue: 'both',
      options: kitUseContexts,
      label: { it: 'Uso', en: 'Used on' },
      access: { create: editorsOnly, update: editorsOnly },
    },
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      label: { it: 'Immagine', en: 'Image' },
      access: { create: editorsOnly, update: editorsOnly },
    },
    orderField(),
    slugField('name'),
    contentKeyField(),
    ...translationFields(),
  ],
}
