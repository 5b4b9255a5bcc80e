import { getSiteImages } from '@/data/siteImages'
import type { Locale } from '@/i18n/locales'
import type { HeroPage } from '@/routing/paths'

import { MediaImage } from './MediaImage'

/**
 * The image a page type opens with, when the site settings give one; nothing otherwise (the page
 * then opens with its heading). Loaded at once: it is the first thing on the page.
 */
export async function PageHero({ locale, page }: { locale: Locale; page: HeroPage }) {
  const { hero } = await getSiteImages(locale)
  const image = hero[page]
  if (!image) return null
  return (
    <div className="page-hero">
      <MediaImage
        image={image}
        locale={locale}
        sizes="(min-width: 46rem) 46rem, 100vw"
        priority
        className="hero-image"
      />
    </div>
  )
}
