import { getSiteSettings } from '../data/siteSettings'
import { DEFAULT_ACCENT, normaliseHex } from '../fields/accentColour'
import type { Locale } from '../i18n/locales'

export { DEFAULT_ACCENT }

/** What the site looks like and who it belongs to, in one language: read by the pages and the share cards. */
export interface SiteIdentity {
  siteTitle: string
  tagline: string | null
  /** The coordinator's name; null while the settings leave it empty. */
  name: string | null
  /** The coordinator's role, e.g. "Intimacy coordinator per cinema, serie e teatro". */
  role: string | null
  /** A #rrggbb colour with enough contrast for text on the page's paper and white text on it. */
  accent: string
  /** Changes whenever the settings are saved: share card URLs carry it, so a saved change is a new card. */
  version: string
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null)

export async function siteIdentity(locale: Locale): Promise<SiteIdentity> {
  const settings = await getSiteSettings(locale)
  return {
    siteTitle: settings.siteTitle,
    tagline: blankToNull(settings.tagline),
    name: blankToNull(settings.coordinatorName),
    role: blankToNull(settings.role),
    // Checked again here: only a well-formed colour reaches the inline stylesheet.
    accent: (settings.accentColour && normaliseHex(settings.accentColour)) || DEFAULT_ACCENT,
    version: String(settings.updatedAt ? Date.parse(settings.updatedAt) : 0),
  }
}
