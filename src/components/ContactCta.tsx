import { getTranslations } from 'next-intl/server'

import { PRODUCTION_PARAM } from '@/contact/formText'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'

/**
 * The next step after reading an answer or a service: a sentence and a link to the contact page in
 * the page's language, pre-selecting the production type when the page knows it.
 */
export async function ContactCta({
  locale,
  kind,
  productionType,
}: {
  locale: Locale
  kind: 'faq' | 'service'
  productionType?: string
}) {
  const t = await getTranslations({ locale, namespace: 'Cta' })
  const query = productionType ? { [PRODUCTION_PARAM]: productionType } : undefined
  return (
    <p className="cta">
      <a className="cta-link" href={getPathname({ locale, href: { pathname: '/contact', query } })}>
        {t(kind)}
      </a>
    </p>
  )
}
