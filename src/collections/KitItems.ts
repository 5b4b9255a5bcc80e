import { kitUseContexts, selectField } from '../fields/options'
import { localizedText, localizedTextarea } from '../fields/localized'
import { contentCollection } from './content'

export const KitItems = contentCollection({
  slug: 'kit-items',
  labels: { singular: { it: 'Elemento del kit', en: 'Kit item' }, plural: { it: 'Kit', en: 'Kit items' } },
  titleField: 'name',
  columns: ['useContext', 'order'],
  fields: [
    localizedText({ name: 'name', required: true, label: { it: 'Nome', en: 'Name' } }),
    localizedTextarea({ name: 'description', required: true, label: { it: 'Descrizione', en: 'Description' } }),
    selectField('useContext', kitUseContexts, { it: 'Uso', en: 'Used on' }, { required: true, defaultValue: 'both' }),
    { name: 'image', type: 'upload', relationTo: 'media', label: { it: 'Immagine', en: 'Image' } },
  ],
})
