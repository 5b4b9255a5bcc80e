import { getTranslations } from 'next-intl/server'

import { faqSections } from '@/fields/options'
import type { FaqView } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'

/**
 * The FAQ index beyond FAQ_INDEX_ANSWERS_LIMIT (src/data/faqIndex.ts): every question, numbered
 * as always and grouped by section, each leading to its own page where it is answered. The
 * anchors stay: `#q-3` lands on question 3 here, in both languages. No FAQPage JSON-LD: it must
 * say what the page shows, and the answers are not on this page.
 */
export async function FaqContents({ faqs, locale }: { faqs: FaqView[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Faq' })
  const known = new Set<string>(faqSections.map((section) => section.value))
  const groups = [
    ...faqSections.map((section) => ({
      key: section.value,
      label: section.label[locale],
      faqs: faqs.filter((faq) => faq.section === section.value),
    })),
    { key: 'other', label: null, faqs: faqs.filter((faq) => !known.has(faq.section)) },
  ].filter((group) => group.faqs.length > 0)
  return (
    <nav aria-labelledby="faq-index">
      <h2 id="faq-index">{t('index')}</h2>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={group.label ? `section-${group.key}` : undefined}>
          {group.label ? <h3 id={`section-${group.key}`}>{group.label}</h3> : null}
          <ol className="faq-index" dangerouslySetInnerHTML={{ __html: listItems(group.faqs, locale) }} />
        </section>
      ))}
    </nav>
  )
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c]!)

/**
 * The list items of one section as HTML, escaped here: one string per section instead of three
 * React elements per question. With 1,000 questions the page then renders in about two thirds of
 * the time (bench:scale), since React and Next serialize each element twice (the RSC payload, then
 * the HTML) and the payload carries the same text with less markup around it.
 */
/** What the list shows of a question. */
type ListedFaq = Pick<FaqView, 'id' | 'number' | 'section' | 'slugs' | 'translatedIn' | 'question' | 'answer'>

export function listItems(faqs: ListedFaq[], locale: Locale): string {
  return faqs
    .map((faq) => {
      const href = getPathname({ locale, href: { pathname: '/faq/[slug]', params: { slug: faq.slugs[locale] } } })
      const lang = faq.question.lang === locale ? '' : ` lang="${faq.question.lang}"`
      const text = escapeHtml(faq.question.value)
      return `<li id="q-${faq.number}" value="${faq.number}"><a href="${escapeHtml(href)}"${lang}>${text}</a></li>`
    })
    .join('')
}
