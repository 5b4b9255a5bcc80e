import { existsSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { type ContentCollectionSlug, contentCollectionSlugs } from '../../src/collections/slugs'
import { siteUrl } from '../../src/env'
import { pathsToRevalidate } from '../../src/hooks/revalidate'
import { locales } from '../../src/i18n/locales'
import { routing } from '../../src/i18n/routing'
import { countedPages } from '../../src/insights/paths'
import {
  entryPagePaths,
  headerMenu,
  internalPathsOf,
  navigation,
  pageOfCollection,
  pagePaths,
  pathnamesOf,
  settingsPages,
  sitemapSections,
} from '../../src/routing/paths'
import { sitemapOf } from '../../src/routing/sitemap'
import { type PageTable, pageTable } from '../../src/routing/table'
import { alternatesMetadata } from '../../src/site/metadata'
import { contentPages } from '../../src/site/pages'
import { renderVcl } from '../../src/topology/edge/vcl'

describe('the page table (src/routing/table.ts) gives the site its pages', () => {
  it('every public path, as before the table', () => {
    expect(routing.pathnames).toEqual({
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
    })
  })

  it('the sitemap’s sections, the header menu and the site settings’ fields, as before the table', () => {
    expect(sitemapSections().map((name) => pagePaths(name).it)).toEqual([
      '/it',
      '/it/domande-frequenti',
      '/it/servizi',
      '/it/kit',
      '/it/associazione',
      '/it/contatti',
      '/it/privacy',
    ])
    expect(headerMenu.map(({ name, path }) => ({ name, path }))).toEqual([
      { name: 'home', path: '/' },
      { name: 'faq', path: '/faq' },
      { name: 'services', path: '/services' },
      { name: 'kit', path: '/kit' },
      { name: 'association', path: '/association' },
      { name: 'contact', path: '/contact' },
    ])
    // The database's columns are these names: a change here needs a migration.
    const names = ['home', 'faq', 'services', 'kit', 'association', 'contact']
    expect(settingsPages('navigation').map(({ name }) => name)).toEqual(names)
    expect(settingsPages('hero').map(({ name }) => name)).toEqual(names)
  })

  it('the pages insights counts, as before the table: every page but the preview, and entries after their prefix', () => {
    const { sections, entryPrefixes } = countedPages(pageTable)
    expect(Object.fromEntries(sections)).toEqual({
      '/it': 'it',
      '/en': 'en',
      '/it/domande-frequenti': 'it',
      '/en/faq': 'en',
      '/it/servizi': 'it',
      '/en/services': 'en',
      '/it/kit': 'it',
      '/en/kit': 'en',
      '/it/associazione': 'it',
      '/en/association': 'en',
      '/it/contatti': 'it',
      '/en/contact': 'en',
      '/it/cerca': 'it',
      '/en/search': 'en',
      '/it/privacy': 'it',
      '/en/privacy': 'en',
    })
    expect(entryPrefixes).toEqual([
      { locale: 'it', collection: 'faqs', prefix: '/it/domande-frequenti/' },
      { locale: 'en', collection: 'faqs', prefix: '/en/faq/' },
      { locale: 'it', collection: 'services', prefix: '/it/servizi/' },
      { locale: 'en', collection: 'services', prefix: '/en/services/' },
    ])
  })

  it('the edge caches and bans searches at the search page’s paths in every language', async () => {
    const vcl = await renderVcl([3101, 3102])
    expect(vcl).not.toContain('{{')
    expect(vcl).toContain('std.ban("req.url ~ ^/(it/cerca|en/search)([?]|$)");')
    expect(vcl).toContain('if (bereq.url ~ "^/(it/cerca|en/search)[?]" && beresp.status == 200) {')
  })

  it('serves every content type’s pages: entry pages from the registry, a section from its list or a page file of its own', () => {
    const appPages = path.resolve(import.meta.dirname, '../../src/app/(frontend)/[locale]')
    for (const [name, page] of Object.entries(pageTable as PageTable)) {
      if (!page.content) continue
      const shown = contentPages[page.content.collection as ContentCollectionSlug]
      // The generated routes find a section by its one segment (src/site/sectionPage.tsx, entryPage.tsx).
      expect(page.path, `${name}: a section's path is one segment`).toMatch(/^\/[^/[\]]+$/)
      expect(Boolean(shown.entryAt), `${name}: \`entryPage\` in src/site/pages.tsx`).toBe(page.content.entryPages)
      const ownFile = existsSync(path.join(appPages, page.path.slice(1), 'page.tsx'))
      expect(
        ownFile !== Boolean(shown.sectionBody),
        `${name}: a \`list\` in src/site/pages.tsx or its own page file, one of the two`,
      ).toBe(true)
    }
  })

  it('one page for each content type, and each content type’s revalidation paths as before', () => {
    for (const collection of contentCollectionSlugs) expect(pageOfCollection(collection)).toBeDefined()
    expect(pathsToRevalidate('services', { it: 'nuovo', en: 'new' }, 'vecchio')).toEqual([
      '/it',
      '/it/services',
      '/it/services/nuovo',
      '/it/services/new',
      '/it/services/vecchio',
      '/en',
      '/en/services',
      '/en/services/nuovo',
      '/en/services/new',
      '/en/services/vecchio',
    ])
    expect(pathsToRevalidate('associations', 'x')).toEqual(['/it', '/it/association', '/en', '/en/association'])
    expect(entryPagePaths('faq', { it: 'qualità', en: 'quality' })).toEqual({
      it: '/it/domande-frequenti/qualit%C3%A0',
      en: '/en/faq/quality',
    })
  })
})

describe('a new entry in the page table is all a new page needs', () => {
  // The site's table with a content type of press coverage, its entries on pages of their own,
  // and a section without content: what a developer adding them would write.
  const table: PageTable<string> = {
    ...pageTable,
    press: {
      path: '/press',
      localized: { it: '/rassegna-stampa', en: '/press' },
      messages: 'Press',
      adminLabel: { it: 'Rassegna stampa', en: 'Press' },
      navigation: true,
      hero: true,
      content: { collection: 'press-items', entryPages: true },
      sitemap: true,
    },
    studio: { path: '/studio', messages: 'Studio', sitemap: true },
  }
  const article = { slugs: { it: 'intervista', en: 'interview' }, translatedIn: locales }
  const base = siteUrl()

  it('has its paths in each language, for next-intl', () => {
    expect(pathnamesOf(table)).toMatchObject({
      '/press': { it: '/rassegna-stampa', en: '/press' },
      '/press/[slug]': { it: '/rassegna-stampa/[slug]', en: '/press/[slug]' },
      '/studio': '/studio',
    })
  })

  it('is in the sitemap, its entries’ pages too, with their alternates', async () => {
    const urls = await sitemapOf(base, async (collection) => (collection === 'press-items' ? [article] : []), table)
    const press = urls.find((url) => url.url === `${base}/it/rassegna-stampa`)
    expect(press?.alternates?.languages).toEqual({ it: `${base}/it/rassegna-stampa`, en: `${base}/en/press` })
    expect(urls.map((url) => url.url)).toEqual(
      expect.arrayContaining([`${base}/it/studio`, `${base}/en/studio`, `${base}/it/rassegna-stampa/intervista`]),
    )
    expect(urls.find((url) => url.url === `${base}/en/press/interview`)?.alternates?.languages).toEqual({
      it: `${base}/it/rassegna-stampa/intervista`,
      en: `${base}/en/press/interview`,
    })
  })

  it('has hreflang alternates', () => {
    expect(alternatesMetadata('en', pagePaths('press', table))).toEqual({
      canonical: `${base}/en/press`,
      languages: {
        it: `${base}/it/rassegna-stampa`,
        en: `${base}/en/press`,
        'x-default': `${base}/it/rassegna-stampa`,
      },
    })
    expect(alternatesMetadata('it', entryPagePaths('press', article.slugs, table))?.canonical).toBe(
      `${base}/it/rassegna-stampa/intervista`,
    )
  })

  it('is counted by insights, its entries’ pages too', () => {
    const { sections, entryPrefixes } = countedPages(table)
    expect(sections.get('/it/rassegna-stampa')).toBe('it')
    expect(sections.get('/en/press')).toBe('en')
    expect(sections.get('/en/studio')).toBe('en')
    expect(entryPrefixes).toEqual(
      expect.arrayContaining([
        { locale: 'it', collection: 'press-items', prefix: '/it/rassegna-stampa/' },
        { locale: 'en', collection: 'press-items', prefix: '/en/press/' },
      ]),
    )
  })

  it('has its revalidation paths, and its place in the header and the site settings', () => {
    expect(internalPathsOf('press-items', ['intervista'], table)).toEqual([
      '/it',
      '/it/press',
      '/it/press/intervista',
      '/en',
      '/en/press',
      '/en/press/intervista',
    ])
    // Labelled by its name in the admin until the site settings give it another (no seed needed).
    expect(navigation(table)).toContainEqual({
      name: 'press',
      path: '/press',
      label: { it: 'Rassegna stampa', en: 'Press' },
    })
    expect(settingsPages('hero', table)).toContainEqual({
      name: 'press',
      label: { it: 'Rassegna stampa', en: 'Press' },
    })
  })
})
