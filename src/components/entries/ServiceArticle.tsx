import { getTranslations } from 'next-intl/server'

import { ShownRichText, ShownText } from '@/components/Shown'
import { TranslationNotice } from '@/components/TranslationNotice'
import type { EntryViewOf } from '@/data/views'
import { optionLabel, productionPhases, serviceContexts } from '@/fields/options'
import type { Locale } from '@/i18n/locales'

/** A service's own page: title, summary, description, and where and when it applies. */
export async function ServiceArticle({ service, locale }: { service: EntryViewOf<'services'>; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Services' })
  return (
    <article>
      <ShownText as="h1" shown={service.title} locale={locale} />
      <TranslationNotice locale={locale} show={service.showsFallback} />
      <ShownText as="p" className="lead" shown={service.summary} locale={locale} />
      <ShownRichText shown={service.body} locale={locale} />
      <dl className="facts">
        <dt>{t('contexts')}</dt>
        <dd>{service.contexts.map((c) => optionLabel(serviceContexts, c, locale)).join(', ')}</dd>
        {service.phases?.length ? (
          <>
            <dt>{t('phases')}</dt>
            <dd>{service.phases.map((p) => optionLabel(productionPhases, p, locale)).join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </article>
  )
}
