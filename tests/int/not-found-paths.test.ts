import { readdirSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { config } from '../../src/proxy'
import { unknownAddressLocale } from '../../src/routing/knownPaths'

const root = path.resolve(import.meta.dirname, '../..')

describe('addresses the proxy answers 404 itself (src/routing/knownPaths.ts)', () => {
  it('are those no page matches, in their language (Italian without one)', () => {
    expect(unknownAddressLocale('/it/nope')).toBe('it')
    expect(unknownAddressLocale('/en/nope')).toBe('en')
    expect(unknownAddressLocale('/nope')).toBe('it')
    expect(unknownAddressLocale('/faq.html')).toBe('it')
    expect(unknownAddressLocale('/en/faq/a/b')).toBe('en')
    expect(unknownAddressLocale('/it/domande-frequenti/x/y')).toBe('it')
    expect(unknownAddressLocale('/de/faq')).toBe('it')
  })

  it('leave every page to its route: sections and entries in both languages, app paths, search, preview', () => {
    for (const known of [
      '/',
      '/it',
      '/en',
      '/it/domande-frequenti',
      '/it/domande-frequenti/any-slug',
      '/en/faq/any-slug',
      '/it/servizi/x',
      '/en/services',
      '/it/kit',
      '/en/association',
      '/it/contatti',
      '/it/cerca',
      '/en/search',
      '/it/search/dG9rZW4',
      '/it/privacy',
      '/it/preview/faqs/1',
      // Without a language, or the other language's path: the locale routing redirects them.
      '/faq',
      '/domande-frequenti',
      '/it/faq',
      '/en/servizi/x',
    ])
      expect(unknownAddressLocale(known), known).toBeNull()
  })

  it('the proxy never runs for the site files: public/ and the metadata routes of src/app', () => {
    const matcher = new RegExp(`^${config.matcher[0]}$`)
    const metadataFiles = readdirSync(path.join(root, 'src/app')).filter((name) =>
      /^(favicon\.ico|(icon|apple-icon)\.\w+|robots\.ts|sitemap\.ts)$/.test(name),
    )
    const files = [
      ...readdirSync(path.join(root, 'public')),
      ...metadataFiles.map((name) => name.replace(/\.ts$/, name.startsWith('robots') ? '.txt' : '.xml')),
    ]
    expect(files).toEqual(expect.arrayContaining(['language-switch.js', 'favicon.ico', 'robots.txt', 'sitemap.xml']))
    for (const file of files) expect(matcher.test(`/${file}`), file).toBe(false)
    for (const card of ['/share/it/card.abc.png', '/share/en/card.abc']) expect(matcher.test(card), card).toBe(false)
    for (const page of ['/it/nope', '/faq.html', '/wp-login.php', '/it', '/', '/share/x'])
      expect(matcher.test(page), page).toBe(true)
  })
})
