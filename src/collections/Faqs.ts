import { questionFromSearch } from '../insights/faqFromSearch'
import { faqSections, selectField } from '../fields/options'
import { localizedRichText, localizedText } from '../fields/localized'
import { contentCollection } from './content'

export const Faqs = contentCollection({
  slug: 'faqs',
  labels: { singular: { it: 'Domanda frequente', en: 'FAQ' }, plural: { it: 'Domande frequenti', en: 'FAQs' } },
  titleField: 'question',
  columns: ['section', 'order'],
  fields: [
    localizedText({
      name: 'question',
      required: true,
      label: { it: 'Domanda', en: 'Question' },
      // A search that found nothing, when the Statistiche view links here to create its FAQ.
      defaultValue: questionFromSearch,
    }),
    localizedRichText({ name: 'answer', required: true, label: { it: 'Risposta', en: 'Answer' } }),
    selectField(
      'section',
      faqSections,
      { it: 'Sezione', en: 'Section' },
      {
        required: true,
        defaultValue: 'the-role',
        admin: { position: 'sidebar' },
      },
    ),
  ],
})
