import type { CollectionConfig } from 'payload'

import { contentAccess, editorsOnly } from '../access'
import { contentKeyField } from '../fields/contentKey'
import { localizedRichText, localizedText } from '../fields/localized'
import { orderField } from '../fields/order'
import { slugField } from '../fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate'
import { publishOnlyTranslatorLocale, rejectTranslatorSharedChanges } from '../hooks/translatorGuard'
import { previewAdmin } from './livePreview'
import { translationListAdmin } from './translationAdmin'
import { draftVersions } from './versions'
import { translationFields } from '../translation/storedFields'
import { trackTranslation } from '../translation/track'

export const faqSections = [
  { value: 'the-role', label: { it: 'Il ruolo', en: 'The role' } },
  { value: 'working-together', label: { it: 'Lavorare insieme', en: 'Working together' } },
  { value: 'training-and-associations', label: { it: 'Formazione e associazioni', en: 'Training & associations' } },
]

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: {
    singular: { it: 'Domanda frequente', en: 'FAQ' },
    plural: { it: 'Domande frequenti', en: 'FAQs' },
  },
  defaultSort: 'order',
  admin: {
    ...previewAdmin('faqs'),
    ...translationListAdmin,
    useAsTitle: 'question',
    defaultColumns: ['question', 'section', 'order', '_status', 'translationStatus', 'updatedAt'],
  },
  access: contentAccess,
  hooks: {
    beforeOperation: [rejectTranslatorSharedChanges, publishOnlyTranslatorLocale],
    beforeChange: [trackTranslation],
    afterChange: [revalidateAfterChange('faqs')],
    afterDelete: [revalidateAfterDelete('faqs')],
  },
  versions: draftVersions,
  fields: [
    localizedText({ name: 'question', required: true, label: { it: 'Domanda', en: 'Question' } }),
    localizedRichText({ name: 'answer', required: true, label: { it: 'Risposta', en: 'Answer' } }),
    {
      name: 'section',
      type: 'select',
      required: true,
      defaultValue: 'the-role',
      options: faqSections,
      label: { it: 'Sezione', en: 'Section' },
      access: { create: editorsOnly, update: editorsOnly },
      admin: { position: 'sidebar' },
    },
    orderField(),
    slugField('question'),
    contentKeyField(),
    ...translationFields(),
  ],
}
