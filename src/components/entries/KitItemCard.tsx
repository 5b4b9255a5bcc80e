import { MediaImage } from '@/components/MediaImage'
import { ShownText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import { type EntryViewOf, toImageView } from '@/data/views'
import { kitUseContexts, optionLabel } from '@/fields/options'
import type { Locale } from '@/i18n/locales'

/** One item of the kit, as a card of the kit page's list (its anchor is its slug). */
export function KitItemCard({ item, locale }: { item: EntryViewOf<'kit-items'>; locale: Locale }) {
  return (
    <li id={item.slugs[locale]}>
      <MediaImage image={toImageView(item.image, locale)} locale={locale} sizes="(max-width: 48rem) 100vw, 44rem" />
      <ShownText as="h2" shown={item.name} locale={locale} />
      <p className="tag">{optionLabel(kitUseContexts, item.useContext, locale)}</p>
      <TranslationNotice locale={locale} show={item.showsFallback} />
      <ShownText as="p" shown={item.description} locale={locale} />
    </li>
  )
}
