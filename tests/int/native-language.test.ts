import type { Metadata } from 'next'
import type { Payload } from 'payload'
import { createTranslator } from 'use-intl/core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import en from '../../src/i18n/messages/en.json'
import itMessages from '../../src/i18n/messages/it.json'
import type { Locale } from '../../src/i18n/locales'
import { seed } from '../../src/seed'
import { association, faqs, glossary, kitItems, services, siteSettings } from '../../src/seed/content'
import { markSeedRevision, reviseSeededContent } from '../../src/seed/revisions'
import { seedHash } from '../../src/seed/seedHash'
import { DESCRIPTION_LENGTH, describe as describeText, titled } from '../../src/site/metadata'
import { closePayload, testPayload } from './support/payload'

const messages = { it: itMessages, en }

// The pages' metadata read their texts through next-intl's server API, which needs Next's request
// scope: here the same catalogs are read through next-intl's own translator.
vi.mock('next-intl/server', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  setRequestLocale: () => undefined,
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace?: string }) =>
    // `as never`: next-intl types the namespace as one of the messages' keys; the mock passes any.
    createTranslator({ locale, messages: messages[locale], namespace: namespace as never }),
}))

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
  await seed(payload)
})
afterAll(() => closePayload(payload))

const paragraphs = (list: string[]) => list.join('\n')

describe('descriptions and titles', () => {
  /** Every section page's metadata, as Next asks for it (a generated section with its segment). */
  async function sectionPages(locale: Locale): Promise<Record<string, Metadata>> {
    const section = await import('../../src/app/(frontend)/[locale]/[section]/page')
    const pages: Record<string, [unknown, string?]> = {
      home: [await import('../../src/app/(frontend)/[locale]/page')],
      faq: [await import('../../src/app/(frontend)/[locale]/faq/page')],
      services: [await import('../../src/app/(frontend)/[locale]/services/page')],
      kit: [section, 'kit'],
      association: [section, 'association'],
      contact: [await import('../../src/app/(frontend)/[locale]/contact/page')],
      privacy: [await import('../../src/app/(frontend)/[locale]/privacy/page')],
    }
    const out: Record<string, Metadata> = {}
    for (const [name, [page, segment]] of Object.entries(pages)) {
      const params = Promise.resolve({ locale, section: segment })
      out[name] = await (
        page as { generateMetadata: (p: { params: typeof params }) => Promise<Metadata> }
      ).generateMetadata({ params })
    }
    return out
  }

  it.each(['it', 'en'] as const)(
    '%s: every section page has its own description, at most 160 characters, never the tagline',
    async (locale) => {
      const pages = await sectionPages(locale)
      const descriptions = Object.entries(pages).map(([name, m]) => [name, String(m.description ?? '')] as const)
      for (const [name, description] of descriptions) {
        expect(description, name).not.toBe('')
        expect(description.length, `${name}: ${description}`).toBeLessThanOrEqual(DESCRIPTION_LENGTH)
        expect(description, name).not.toBe(siteSettings.tagline[locale])
      }
      expect(new Set(descriptions.map(([, d]) => d)).size, JSON.stringify(descriptions)).toBe(descriptions.length)
      // The other language's descriptions are other texts.
      const other = await sectionPages(locale === 'it' ? 'en' : 'it')
      for (const [name, description] of descriptions) expect(other[name]!.description, name).not.toBe(description)
    },
  )

  it.each(['it', 'en'] as const)(
    '%s: the home title is not the bare role, and no title says the role twice',
    async (locale) => {
      const pages = await sectionPages(locale)
      const home = String(pages.home!.title)
      expect(home).not.toBe(siteSettings.siteTitle[locale])
      const settings = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0 })
      if (!settings.coordinatorName?.trim() && settings.role) expect(home).toBe(settings.role)
      for (const [name, metadata] of Object.entries(pages))
        expect(String(metadata.title).match(/Intimacy Coordinator/g)?.length ?? 0, name).toBeLessThanOrEqual(1)
      for (const faq of faqs) {
        const title = titled(faq.question[locale], siteSettings.siteTitle[locale])
        expect(title.match(/Intimacy Coordinator/gi)?.length ?? 0, title).toBeLessThanOrEqual(
          Math.max(1, faq.question[locale].match(/Intimacy Coordinator/gi)?.length ?? 0),
        )
      }
      expect(titled('Chi è l’Intimacy Coordinator?', 'Intimacy Coordinator')).toBe('Chi è l’Intimacy Coordinator?')
      expect(titled('Servizi', 'Intimacy Coordinator')).toBe('Servizi · Intimacy Coordinator')
    },
  )

  it.each(['it', 'en'] as const)(
    '%s: FAQ and service descriptions end at a sentence or a clause, never mid-phrase',
    (locale) => {
      const texts = [
        siteSettings.faqIntro[locale],
        ...faqs.map((faq) => paragraphs(faq.answer[locale]).replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')),
        ...services.map((service) => service.summary[locale]),
      ]
      const seen = new Set<string>()
      for (const text of texts) {
        const description = describeText(text)!
        expect(description.length, description).toBeLessThanOrEqual(DESCRIPTION_LENGTH)
        if (description.endsWith('…')) {
          // Cut where a clause ends: the text goes on with a comma, semicolon, colon or dash.
          const kept = description.slice(0, -1)
          expect(text.replace(/\s+/g, ' ').slice(kept.length), description).toMatch(/^\s?[,;:–—]/)
        } else expect(description, description).toMatch(/[.!?]$/)
        expect(seen.has(description), description).toBe(false)
        seen.add(description)
      }
      // The FAQ page's own description: its introduction's first whole sentences.
      expect(describeText(siteSettings.faqIntro[locale])).toMatch(/\.$/)
    },
  )
})

describe('Intimitalia', () => {
  it('the seed links the association’s public site wherever the text says to visit it', () => {
    expect(association.website).toBe('https://intimitalia.it')
    const visits = { it: /sito di \[?Intimitalia/g, en: /\[?Intimitalia\]?(\([^)]*\))? website/g }
    for (const locale of ['it', 'en'] as const) {
      const texts = [...faqs.map((faq) => paragraphs(faq.answer[locale])), paragraphs(association.description[locale])]
      let found = 0
      for (const text of texts)
        for (const match of text.matchAll(visits[locale])) {
          found++
          // The sentence links there, and nowhere else.
          const around = text.slice(match.index, match.index + match[0].length + 40)
          expect(around, locale).toContain('(https://intimitalia.it)')
        }
      expect(found, locale).toBeGreaterThanOrEqual(2)
      const faq10 = faqs.find((f) => f.key === 'how-to-find-a-certified-intimacy-coordinator-in-italy')!
      expect(paragraphs(faq10.answer[locale])).toContain('[Intimitalia](https://intimitalia.it)')
      expect(paragraphs(faq10.answer[locale])).not.toMatch(/\(\/(it|en)\/(associazione|association)\)/)
    }
  })

  it('the association entry carries the website the page links', async () => {
    const { listEntries } = await import('../../src/data/entries')
    for (const locale of ['it', 'en'] as const) {
      // Other test files publish associations of their own: the seeded one is found by its key.
      const entry = (await listEntries('associations', locale)).find((a) => a.contentKey === 'intimitalia')
      expect(entry?.website, locale).toBe('https://intimitalia.it')
    }
  })
})

describe('terms the issue named', () => {
  const allText = (locale: Locale) =>
    [
      ...faqs.flatMap((f) => [f.question[locale], ...f.answer[locale]]),
      ...services.flatMap((s) => [s.title[locale], s.summary[locale], ...s.body[locale]]),
      ...kitItems.flatMap((k) => [k.name[locale], k.description[locale]]),
      ...association.description[locale],
      association.coordinatorRole[locale],
      siteSettings.tagline[locale],
      siteSettings.faqIntro[locale],
      siteSettings.footer[locale],
      JSON.stringify(messages[locale]),
    ].join('\n')

  it('Italian: one term per concept, the agreed wording', () => {
    const text = allText('it')
    for (const gone of [
      /membro fondatore/i,
      /palcoscenico/i,
      /spazi fisici/,
      /termine generico/,
      /fin dalla pre-produzione o durante/,
      /dalla preparazione al palco/,
      /invisibili in camera/,
      /genitali color pelle/,
      /Apri la domanda/,
      /Vuoi questo servizio/,
      /\bContesti\b/,
      /intimacy coordinator(?! kit)/, // always capitalised as a role (the activity is "intimacy coordination")
      /lett\. [a-z] /,
      /\b(raccogliamo|trattiamo|conserviamo|chiediamo|registriamo|risponderemo|mostriamo|nostro conto)\b/,
    ])
      expect(text).not.toMatch(gone)
    expect(association.coordinatorRole.it).toBe('Tra i soci fondatori')
  })

  it('English: British, the agreed wording, one term per concept', () => {
    const text = allText('en')
    for (const gone of [
      /\bwhilst\b/,
      /\bmovie\b/,
      /video editing/,
      /\bactors\b/,
      /protective clothing/,
      /a union/,
      /explicitly trained/,
      /specialised role/,
      /will answer the main questions/,
      /Who is an Intimacy Coordinator/,
      /Most asked questions/,
      /support their artistic vision/,
      / & /,
      /\be\.g\./,
      /intimacy coordinator(?! kit)/,
      /\bwe (collect|process|keep|don’t ask|also record)\b/i,
    ])
      expect(text).not.toMatch(gone)
    expect(text).toContain('What is an Intimacy Coordinator?')
    expect(text).toContain('the director’s artistic vision')
    expect(text).toContain('an association that brings together')
  })

  it('the unused Cta.link key is gone; the contact form explains its asterisk', () => {
    for (const locale of ['it', 'en'] as const) {
      expect(Object.keys(messages[locale].Cta)).not.toContain('link')
      expect(messages[locale].Contact.form.required).toContain('*')
    }
  })
})

describe('seed revision: an existing database gets the corrected text and slugs', () => {
  const faqKey = (key: string) => faqs.find((f) => f.key === key)!
  const director = faqKey('does-the-intimacy-coordinator-replace-the-film-director')
  const whatIs = faqKey('who-is-an-intimacy-coordinator')

  async function entry(collection: 'faqs' | 'kit-items' | 'associations', contentKey: string) {
    const { docs } = await payload.find({
      collection,
      where: { contentKey: { equals: contentKey } },
      locale: 'all',
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    return docs[0] as unknown as { id: number; slug: Record<Locale, string>; website?: string | null } & Record<
      string,
      unknown
    >
  }
  const setOld = async (
    collection: 'faqs' | 'kit-items' | 'associations',
    contentKey: string,
    locale: Locale,
    data: Record<string, unknown>,
  ) => {
    const doc = await entry(collection, contentKey)
    await payload.update({
      collection,
      id: doc.id,
      locale,
      data: { ...data, _status: 'published' },
      overrideAccess: true,
      context: { disableRevalidate: true },
    })
  }

  /** What the site answers at an address it has no page for: the redirect's status and Location, or 404. */
  async function answerAt(address: string): Promise<{ status: number; location?: string }> {
    const { redirectOrNotFound } = await import('../../src/site/redirects')
    try {
      await redirectOrNotFound([address])
    } catch (error) {
      const digest = String((error as { digest?: unknown }).digest ?? '')
      const redirect = /^NEXT_REDIRECT;\w+;(.*);(\d{3});/.exec(digest)
      if (redirect) return { status: Number(redirect[2]), location: redirect[1] }
      if (digest.includes('404')) return { status: 404 }
      throw error
    }
    throw new Error('neither a redirect nor a 404')
  }

  it('renames the slugs no one edited, in each language, and their old addresses redirect (301) to the new ones', async () => {
    const tag = Date.now().toString(36)
    // As the previous seed left them.
    await setOld('faqs', director.key, 'it', { slug: 'l-intimacy-coordinator-sostituisce-il-regista' })
    await setOld('faqs', whatIs.key, 'en', {
      slug: 'who-is-an-intimacy-coordinator',
      question: 'Who is an Intimacy Coordinator?',
    })
    await setOld('kit-items', 'modesty-thongs', 'it', { slug: 'perizomi-di-protezione' })
    // The coordinator renamed this one herself: it stays.
    await setOld('kit-items', 'barrier-cushions', 'it', { slug: `cuscini-del-set-${tag}` })
    await setOld('associations', 'intimitalia', 'it', { website: null, coordinatorRole: 'Membro fondatore' })
    const oldTerms = [
      { term: 'palcoscenico', translation: 'stage' },
      {
        term: 'intimacy coordinator',
        translation: 'intimacy coordinator',
        note: 'Job title kept in English in Italian too; capitalised as on the practice pages.',
      },
    ]
    for (const term of oldTerms) await payload.create({ collection: 'glossary', data: term, overrideAccess: true })
    try {
      const changed = await reviseSeededContent(payload, () => undefined, { revision: `test-${tag}` })
      expect(changed).toBeGreaterThanOrEqual(6)

      expect((await entry('faqs', director.key)).slug).toEqual(director.slug)
      expect(director.slug.it).toBe('l-intimacy-coordinator-sostituisce-la-regia')
      const whatIsNow = await entry('faqs', whatIs.key)
      expect(whatIsNow.slug.en).toBe('what-is-an-intimacy-coordinator')
      expect((whatIsNow.question as Record<Locale, string>).en).toBe('What is an Intimacy Coordinator?')
      expect((await entry('kit-items', 'modesty-thongs')).slug.it).toBe('perizomi-coprenti')
      expect((await entry('kit-items', 'barrier-cushions')).slug.it).toBe(`cuscini-del-set-${tag}`)
      const intimitalia = await entry('associations', 'intimitalia')
      expect(intimitalia.website).toBe('https://intimitalia.it')
      expect((intimitalia.coordinatorRole as Record<Locale, string>).it).toBe('Tra i soci fondatori')

      // The old addresses answer a permanent redirect (Next's 308, sent as 301 by src/redirects/permanent.ts).
      expect(await answerAt('/it/domande-frequenti/l-intimacy-coordinator-sostituisce-il-regista')).toEqual({
        status: 308,
        location: '/it/domande-frequenti/l-intimacy-coordinator-sostituisce-la-regia',
      })
      expect(await answerAt('/en/faq/who-is-an-intimacy-coordinator')).toEqual({
        status: 308,
        location: '/en/faq/what-is-an-intimacy-coordinator',
      })

      const { docs: terms } = await payload.find({ collection: 'glossary', pagination: false, overrideAccess: true })
      const names = terms.map((t) => t.term)
      expect(names).not.toContain('palcoscenico')
      expect(names).not.toContain('intimacy coordinator')
      expect(names).toContain('Intimacy Coordinator')
      const note = terms.find((t) => t.term === 'soci fondatori')?.note ?? ''
      expect(note).toContain('socio fondatore')
      expect(note).toContain('founding member')
    } finally {
      // Back to the seed for the other test files.
      await setOld('kit-items', 'barrier-cushions', 'it', {
        slug: kitItems.find((k) => k.key === 'barrier-cushions')!.slug.it,
      })
      await markSeedRevision(payload)
      await payload.delete({
        collection: 'redirects',
        where: {
          from: {
            in: [
              '/it/domande-frequenti/l-intimacy-coordinator-sostituisce-il-regista',
              '/en/faq/who-is-an-intimacy-coordinator',
            ],
          },
        },
        overrideAccess: true,
      })
    }
  })

  it('the superseded fingerprints know the previous seed’s slugs', async () => {
    const { supersededText } = await import('../../src/seed/content/superseded')
    const old: Array<[string, string]> = [
      [`faqs/${director.key}/slug/it`, 'l-intimacy-coordinator-sostituisce-il-regista'],
      [`faqs/${whatIs.key}/slug/en`, 'who-is-an-intimacy-coordinator'],
      ['kit-items/modesty-thongs/slug/it', 'perizomi-di-protezione'],
      ['kit-items/barrier-cushions/slug/it', 'cuscini-barriera'],
    ]
    for (const [key, slug] of old) expect(supersededText[key], key).toContain(seedHash(slug))
    expect(glossary.some((g) => g.term === 'Intimacy Coordinator')).toBe(true)
  })
})
