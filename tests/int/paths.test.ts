import { createNavigation } from 'next-intl/navigation'
import { describe, expect, it } from 'vitest'

import { locales } from '../../src/i18n/locales'
import { getPathname, type Href } from '../../src/i18n/paths'
import { routing } from '../../src/i18n/routing'
import type { AppPathname } from '../../src/routing/paths'

// next-intl's own getPathname, which src/i18n/paths.ts stands in for on the server.
const reference = createNavigation(routing).getPathname

const slugs = ['chi-e-l-intimacy-coordinator', 'qualità-e-consenso', 'a b', '42']

describe('public paths (src/i18n/paths.ts)', () => {
  it('are what next-intl computes, for every pathname, locale and kind of slug', () => {
    const hrefs = (Object.keys(routing.pathnames) as AppPathname[]).flatMap((pathname): Href[] =>
      pathname.includes('[')
        ? slugs.map((slug) => ({ pathname, params: { slug, collection: 'faqs', id: slug } }))
        : [pathname, { pathname, query: { q: 'scene intime' } }],
    )
    for (const locale of locales)
      for (const href of hrefs)
        // `as never`: the reference takes next-intl's typed href; the table's are built as plain values.
        expect(getPathname({ locale, href }), JSON.stringify(href)).toBe(reference({ locale, href } as never))
  })

  it('translate section paths', () => {
    expect(getPathname({ locale: 'it', href: '/' })).toBe('/it')
    expect(getPathname({ locale: 'en', href: '/faq' })).toBe('/en/faq')
    expect(getPathname({ locale: 'it', href: { pathname: '/faq/[slug]', params: { slug: 'x' } } })).toBe(
      '/it/domande-frequenti/x',
    )
  })

  it('refuse a missing value', () => {
    expect(() => getPathname({ locale: 'it', href: { pathname: '/faq/[slug]' } })).toThrow(/\[slug\]/)
  })
})
