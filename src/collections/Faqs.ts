import { faqSections } from '../fields/options'
import { localizedRichText, localizedText } from '../fields/localized'
import { contentCollection } from './content'

export const Faqs = contentCollection({
  slug: 'faqs',
  labels: {
    singular: { it: 'Domanda frequente', en: 'FAQ' },
    plural: { it: 'Domande frequenti', en: 'FAQs' },
  },
  titleField: 'question',
  columns: ['section', 'order'],
  fields: [
    localizedText({ name: 'question', required: true, label: { it: 'Domanda', en: 'Question' } }),
    localizedRichText({ name: 'answer', required: true, label: { it: 'Risposta', en: 'Answer' } }),
    {
      name: 'section',
      type: 'select',
      required: true,
      defaultValue: 'the-role',
      options: [...faqSections],
      label: { it: 'Sezione', en: 'Section' },
      admin: { position: 'sidebar' },
    },
  ],
})
