import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'

import type { Locale } from './locales'
import { renderedLocale } from './renderedLocale'
import { routing } from './routing'

/** The page's locale from its params; an unknown one is a 404. Enables static rendering. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  renderedLocale().locale = locale
  return locale
}

export const localeParams = () => routing.locales.map((locale) => ({ locale }))
