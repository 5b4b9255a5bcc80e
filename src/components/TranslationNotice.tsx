import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/**
 * A visible note that what follows is shown in Italian because it is not translated yet. Nothing
 * (and no asynchronous work: no extra row in the RSC payload) when the text is in the page's language.
 */
export function TranslationNotice({ locale, show }: { locale: Locale; show: boolean }) {
  return show ? <Notice locale={locale} /> : null
}

async function Notice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Translation' })
  return (
    <p className="translation-notice" role="note">
      {t('notice')}
    </p>
  )
}
