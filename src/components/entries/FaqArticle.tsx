import type { ReactNode } from 'react'

import { ShownRichText, ShownText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import type { FaqView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

/**
 * One question and its answer: the FAQ's own page (a level-1 heading) or one of many on the index
 * (numbered, with its anchor `#q-<number>`), followed by `children` (links).
 */
export function FaqArticle({
  faq,
  locale,
  numbered = false,
  children,
}: {
  faq: FaqView
  locale: Locale
  numbered?: boolean
  children?: ReactNode
}) {
  const anchor = `q-${faq.number}`
  return (
    <article className="faq" aria-labelledby={numbered ? anchor : undefined}>
      {numbered ? (
        <h2 id={anchor}>
          {faq.number}. <ShownText shown={faq.question} locale={locale} />
        </h2>
      ) : (
        <ShownText as="h1" shown={faq.question} locale={locale} />
      )}
      <TranslationNotice locale={locale} show={faq.showsFallback} />
      <ShownRichText shown={faq.answer} locale={locale} />
      {children}
    </article>
  )
}
