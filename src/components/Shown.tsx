import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { ElementType } from 'react'

import type { Shown } from '@/data/localized'
import type { RichTextDoc } from '@/fields/richText'
import type { Locale } from '@/i18n/locales'

/**
 * Text in the page's language, or the Italian fallback marked with its own `lang`. A plain span in
 * the page's language adds nothing, so it is left out (one element less per text, in the HTML and
 * in the RSC payload).
 */
export function ShownText({
  shown,
  locale,
  as: Tag = 'span',
  className,
  id,
}: {
  shown: Shown<string> | null
  locale: Locale
  as?: ElementType
  className?: string
  id?: string
}) {
  if (!shown) return null
  const lang = shown.lang === locale ? undefined : shown.lang
  if (Tag === 'span' && !lang && !className && !id) return shown.value
  return (
    <Tag {...(lang && { lang })} {...(className && { className })} {...(id && { id })}>
      {shown.value}
    </Tag>
  )
}

/**
 * Rich text as HTML, by Payload's own Lexical converter (it escapes the text and sanitizes link
 * URLs). One string per document instead of a React element per paragraph and text run: the RSC
 * payload, which repeats whatever the page renders, carries the text once with little markup
 * around it, and rendering and serializing it cost next to nothing.
 */
export function ShownRichText({ shown, locale }: { shown: Shown<RichTextDoc> | null; locale: Locale }) {
  if (!shown) return null
  return (
    <div
      className="rich-text"
      {...(shown.lang !== locale && { lang: shown.lang })}
      dangerouslySetInnerHTML={{ __html: convertLexicalToHTML({ data: shown.value, disableContainer: true }) }}
    />
  )
}
