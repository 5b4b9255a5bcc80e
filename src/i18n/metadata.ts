import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { getSiteSettings } from '../data/siteSettings'
import { pageLocale } from './pageLocale'
import type { SectionPathname } from './routing'
import { pageMetadata, sectionPaths } from './urls'

type SectionNamespace = 'Faq' | 'Services' | 'Kit' | 'Association' | 'Contact' | 'Privacy'

/** Title, description and alternates of a section page, whose heading is `<namespace>.title`. */
export async function sectionMetadata(
  params: Promise<{ locale: string }>,
  namespace: SectionNamespace,
  pathname: SectionPathname,
): Promise<Metadata> {
  const locale = await pageLocale(params)
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace }), getSiteSettings(locale)])
  return pageMetadata({
    locale,
    title: `${t('title' as never)} · ${settings.siteTitle}`,
    description: settings.tagline,
    paths: sectionPaths(pathname),
  })
}
