import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

/** Public URLs: section paths are translated; entry slugs come from the CMS per locale. */
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  pathnames: {
    '/': '/',
    '/faq': { it: '/domande-frequenti', en: '/faq' },
    '/faq/[slug]': { it: '/domande-frequenti/[slug]', en: '/faq/[slug]' },
    '/services': { it: '/servizi', en: '/services' },
    '/services/[slug]': { it: '/servizi/[slug]', en: '/services/[slug]' },
    '/kit': '/kit',
    '/association': { it: '/associazione', en: '/association' },
    '/contact': { it: '/contatti', en: '/contact' },
    '/search': { it: '/cerca', en: '/search' },
    '/privacy': '/privacy',
    '/preview/[collection]/[id]': '/preview/[collection]/[id]',
  },
})

export type AppPathname = keyof typeof routing.pathnames

/** Pages without a dynamic segment: the site's sections. */
export type SectionPathname = Exclude<AppPathname, `${string}[${string}`>
