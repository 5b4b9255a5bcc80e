import type { FAQPage, WithContext } from 'schema-dts'

import { lexicalToPlainText } from '@/fields/richText'
import type { FaqView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

/** schema.org FAQPage with exactly the questions and answers the page shows, in their language. */
export function FaqJsonLd({ faqs, locale }: { faqs: FaqView[]; locale: Locale }) {
  const data: WithContext<FAQPage> = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question.value,
      inLanguage: faq.question.lang,
      acceptedAnswer: {
        '@type': 'Answer',
        text: lexicalToPlainText(faq.answer?.value),
        inLanguage: faq.answer?.lang ?? faq.question.lang,
      },
    })),
  }
  // `<` escaped so that no text can close the script element.
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}
