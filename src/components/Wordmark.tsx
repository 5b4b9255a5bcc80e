import { getSiteImages } from '@/data/siteImages'
import type { Locale } from '@/i18n/locales'
import { siteIdentity } from '@/site/identity'

import { MediaImage } from './MediaImage'

/**
 * The site's mark in the header: the uploaded logo (named by the site title, since it is the link
 * home), or, with none, the site title set as a wordmark beside a small mark drawn in the accent
 * colour: two overlapping circles, for two people and the space agreed between them.
 */
export async function Wordmark({ locale }: { locale: Locale }) {
  const [{ logo }, identity] = await Promise.all([getSiteImages(locale), siteIdentity(locale)])
  if (logo)
    return <MediaImage image={logo} locale={locale} sizes="12rem" alt={identity.siteTitle} priority className="logo" />
  return (
    <>
      <svg className="wordmark-mark" viewBox="0 0 32 24" width="32" height="24" aria-hidden="true" focusable="false">
        <circle cx="11" cy="12" r="9" fill="currentColor" opacity="0.85" />
        <circle cx="21" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" />
      </svg>
      <span className="wordmark">{identity.siteTitle}</span>
    </>
  )
}
