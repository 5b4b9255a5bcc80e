import { productionPhases, selectField, serviceContexts } from '../fields/options'
import { localizedRichText, localizedText, localizedTextarea } from '../fields/localized'
import { contentCollection } from './content'

export const Services = contentCollection({
  slug: 'services',
  labels: { singular: { it: 'Servizio', en: 'Service' }, plural: { it: 'Servizi', en: 'Services' } },
  titleField: 'title',
  columns: ['contexts', 'order'],
  fields: [
    localizedText({ name: 'title', required: true, label: { it: 'Titolo', en: 'Title' } }),
    localizedTextarea({ name: 'summary', required: true, label: { it: 'Sintesi', en: 'Summary' } }),
    localizedRichText({ name: 'body', required: true, label: { it: 'Descrizione', en: 'Description' } }),
    selectField('contexts', serviceContexts, { it: 'Ambiti', en: 'Areas' }, { hasMany: true, required: true }),
    selectField('phases', productionPhases, { it: 'Fasi di produzione', en: 'Production phases' }, { hasMany: true }),
  ],
})
