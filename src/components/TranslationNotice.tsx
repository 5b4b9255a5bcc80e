import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

/** A visible note that what follows is shown in Italian because it is not translated yet. */
export async function TranslationNotice({ locale, show }: { locale: Locale; show: boolean }) {
  if (!show) return null
  const t = await getTranslations({ locale, namespace: 'Translation' })
  return (
    <p className="translation-notice" role="note">
      {t('notice')}
    </p>
  )
}
