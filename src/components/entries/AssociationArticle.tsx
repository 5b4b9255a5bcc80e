import { getTranslations } from 'next-intl/server'

import { MediaImage } from '@/components/MediaImage'
import { ShownRichText, ShownText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import { type EntryViewOf, toImageView } from '@/data/views'
import type { Locale } from '@/i18n/locales'

/** An association on the association page (its anchor is its slug). */
export async function AssociationArticle({
  association,
  locale,
}: {
  association: EntryViewOf<'associations'>
  locale: Locale
}) {
  const t = await getTranslations({ locale, namespace: 'Association' })
  return (
    <article id={association.slugs[locale]}>
      <MediaImage image={toImageView(association.logo, locale, 'thumbnail')} locale={locale} sizes="160px" />
      <ShownText as="h2" shown={association.name} locale={locale} />
      <ShownText as="p" className="tag" shown={association.coordinatorRole} locale={locale} />
      <TranslationNotice locale={locale} show={association.showsFallback} />
      <ShownRichText shown={association.description} locale={locale} />
      {association.website ? (
        <p>
          <a href={association.website} rel="noopener noreferrer">
            {t('website', { name: association.name.value })}
          </a>
        </p>
      ) : null}
    </article>
  )
}
