import { RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type { ElementType } from 'react'

import type { Shown } from '@/data/localized'
import type { RichTextDoc } from '@/fields/richText'
import type { Locale } from '@/i18n/locales'

/** Text in the page's language, or the Italian fallback marked with its own `lang`. */
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
  return (
    <Tag lang={shown.lang === locale ? undefined : shown.lang} className={className} id={id}>
      {shown.value}
    </Tag>
  )
}

export function ShownRichText({ shown, locale }: { shown: Shown<RichTextDoc> | null; locale: Locale }) {
  if (!shown) return null
  return (
    <div className="rich-text" lang={shown.lang === locale ? undefined : shown.lang}>
      <LexicalRichText data={shown.value} disableContainer />
    </div>
  )
}
