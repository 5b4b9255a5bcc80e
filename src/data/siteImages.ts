import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import { type HeroPage, settingsPages } from '../routing/paths'
import { payloadClient } from './client'
import { type ImageView, toImageView } from './views'

export interface SiteImages {
  logo: ImageView | null
  portrait: ImageView | null
  hero: Record<HeroPage, ImageView | null>
}

/**
 * The identity images of the site settings (all optional), with their alternative text in `locale`.
 * Read once per request, in every language at once so the alt text can fall back to Italian.
 */
export const getSiteImages = cache(async (locale: Locale): Promise<SiteImages> => {
  const payload = await payloadClient()
  const settings = await payload.findGlobal({
    slug: 'site-settings',
    locale: 'all',
    depth: 1,
    overrideAccess: false,
    select: { logo: true, portrait: true, heroImages: true },
  })
  const heroes = (settings.heroImages ?? {}) as Partial<Record<HeroPage, unknown>>
  return {
    logo: toImageView(settings.logo, locale, 'card'),
    portrait: toImageView(settings.portrait, locale, 'card'),
    hero: Object.fromEntries(
      settingsPages('hero').map(({ name }) => [name, toImageView(heroes[name as HeroPage], locale, 'hero')]),
    ) as Record<HeroPage, ImageView | null>,
  }
})
