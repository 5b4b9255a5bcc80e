import type { CollectionConfig } from 'payload'

import { contentAccess, editorsOnly } from '../access'
import { contentKeyField } from '../fields/contentKey'
import { localizedRichText, localizedText, localizedTextarea } from '../fields/localized'
import { orderField } from '../fields/order'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate'
import { publishOnlyTranslatorLocale, rejectTranslatorSharedChanges } from '../hooks/translatorGuard'
import { previewAdmin } from './livePreview'
import { translationListAdmin } from './translationAdmin'
import { draftVersions } from './versions'
import { translationFields } from '../translation/storedFields'
import { trackTranslation } from '../translation/track'

export const serviceContexts = [
  { value: 'film-tv', label: { it: 'Set cinematografico e TV', en: 'Film & TV set' } },
  { value: 'stage', label: { it: 'Teatro e spettacolo dal vivo', en: 'Live stage' } },
  { value: 'workshops', label: { it: 'Workshop', en: 'Workshops' } },
  { value: 'consultancy', label: { it: 'Consulenza', en: 'Consultancy' } },
]

export const productionPhases = [
  { value: 'pre-production', label: { it: 'Pre-produzione', en: 'Pre-production' } },
  { value: 'production', label: { it: 'Produzione', en: 'Production' } },
  { value: 'post-production', label: { it: 'Post-produzione', en: 'Post-production' } },
]

export const Services: CollectionConfig = {
  slug: 'services',
  labels: {
    singular: { it: 'Servizio', en: 'Service' },
    plural: { it: 'Servizi', en: 'Services' },
  },
  defaultSort: 'order',
  admin: {
    ...previewAdmin('services'),
    ...translationListAdmin,
    useAsTitle: 'title',
    defaultColumns: ['title', 'contexts', 'order', '_status', 'translationStatus', 'updatedAt'],
  },
  access: contentAccess,
  hooks: {
    beforeOperation: [rejectTranslatorSharedChanges, publishOnlyTranslatorLocale],
    beforeChange: [trackTranslation],
    afterChange: [revalidateAfterChange('services')],
    afterDelete: [revalidateAfterDelete('services')],
  },
  versions: draftVersions,
  fields: [
    localizedText({ name: 'title', required: true, label: { it: 'Titolo', en: 'Title' } }),
    localizedTextarea({ name: 'summary', required: true, label: { it: 'Sintesi', en: 'Summary' } }),
    localizedRichText({ name: 'body', required: true, label: { it: 'Descrizione', en: 'Description' } }),
    {
      name: 'contexts',
      type: 'select',
      hasMany: true,
      required: true,
      options: serviceContexts,
      label: { it: 'Contesti', en: 'Contexts' },
      access: { create: editorsOnly, update: editorsOnly },
    },
    {
      name: 'phases',
      type: 'select',
      hasMany: true,
      options: productionPhases,
      label: { it: 'Fasi di produzione', en: 'Production phases' },
      access: { create: editorsOnly, update: editorsOnly },
    },
    orderField(),
    slugField('title'),
    contentKeyField(),
    ...translationFields(),
  ],
}
