import { getTranslations } from 'next-intl/server'

import { faqSections } from '@/fields/options'
import type { FaqView } from '@/data/views'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'

import { ShownText } from './Shown'

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
          <ol className="faq-index">
            {group.faqs.map((faq) => (
              <li key={faq.id} id={`q-${faq.number}`} value={faq.number}>
                <Link href={{ pathname: '/faq/[slug]', params: { slug: faq.slugs[locale] } }}>
                  <ShownText shown={faq.question} locale={locale} />
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </nav>
  )
}
