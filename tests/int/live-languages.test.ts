import { describe, expect, it } from 'vitest'

import sitemap from '../../src/app/sitemap'
import { getFaq } from '../../src/data/faqs'
import { listEntries } from '../../src/data/entries'
import { alternatesMetadata, socialMetadata } from '../../src/site/metadata'
import { entryPaths } from '../../src/site/urls'
import { localizedPart, sample, uniqueTag } from './support/samples'
import { rest } from './support/rest'
import { withStaff } from './support/staff'

const staff = withStaff()
const site = 'http://localhost:3000'

/** What the FAQ's Italian page says about its languages: hreflang, og:locale:alternate, the sitemap. */
async function languagesOf(itSlug: string) {
  const faq = await getFaq('it', itSlug)
  if (!faq) throw new Error(`no published FAQ at ${itSlug}`)
  // What pageMetadata puts in the page's head (its share card aside, drawn from the site settings).
  const paths = entryPaths('/faq/[slug]', faq.slugs)
  const { translatedIn } = faq
  const alternates = alternatesMetadata('it', paths, translatedIn)
  // `as never`: a share image with only the field socialMetadata reads.
  const social = socialMetadata({ locale: 'it', title: 'x', image: { url: '/card.png' } as never, translatedIn })
  const urls = (await sitemap()).filter(
    (entry) => entry.url.endsWith(`/${faq.slugs.it}`) || entry.url.endsWith(`/${faq.slugs.en}`),
  )
  return {
    hreflang: Object.keys(alternates?.languages ?? {}),
    ogAlternates: (social.openGraph as { alternateLocale?: string[] }).alternateLocale,
    sitemap: urls.map((entry) => entry.url),
    sitemapAlternates: urls.map((entry) => Object.keys(entry.alternates?.languages ?? {})),
    slugs: faq.slugs,
  }
}

/** An FAQ published in Italian, with a translator's English (title, answer, slug) saved as a draft only. */
async function italianWithEnglishDraft() {
  const tag = uniqueTag()
  const itSlug = `bozza-inglese-${tag}`
  const enSlug = `english-draft-${tag}`
  const created = await rest('POST', '/api/faqs?locale=it', {
    token: staff.editor,
    body: { ...sample('faqs', 'it', tag), slug: itSlug, _status: 'published' },
  })
  expect(created.status, created.text).toBe(201)
  const id = created.json.doc.id as number
  const draft = await rest('PATCH', `/api/faqs/${id}?locale=en&draft=true`, {
    token: staff.translator,
    body: { ...localizedPart('faqs', 'en', tag), slug: enSlug, _status: 'draft' },
  })
  expect(draft.status, draft.text).toBe(200)
  return { id, tag, itSlug, enSlug }
}

describe('hreflang, OpenGraph and the sitemap name only live language versions', () => {
  it('an English draft is not an alternate, until it is published', async () => {
    const { id, tag, itSlug, enSlug } = await italianWithEnglishDraft()

    const beforePublishing = await languagesOf(itSlug)
    expect(beforePublishing.hreflang).toEqual(['it', 'x-default'])
    expect(beforePublishing.ogAlternates).toEqual([])
    expect(beforePublishing.sitemap).toEqual([`${site}/it/domande-frequenti/${itSlug}`])
    expect(beforePublishing.sitemapAlternates).toEqual([['it']])
    // Its English page shows the Italian at the Italian slug; the draft's slug is no page.
    expect(beforePublishing.slugs.en).toBe(itSlug)
    expect(await getFaq('en', enSlug)).toBeNull()

    // The translator publishes the English: both languages everywhere.
    const published = await rest('PATCH', `/api/faqs/${id}?locale=en`, {
      token: staff.translator,
      body: { ...localizedPart('faqs', 'en', tag), slug: enSlug, _status: 'published' },
    })
    expect(published.status, published.text).toBe(200)
    const afterPublishing = await languagesOf(itSlug)
    expect(afterPublishing.hreflang).toEqual(['it', 'en', 'x-default'])
    expect(afterPublishing.ogAlternates).toEqual(['en_GB'])
    expect(afterPublishing.sitemap.sort()).toEqual([
      `${site}/en/faq/${enSlug}`,
      `${site}/it/domande-frequenti/${itSlug}`,
    ])
    expect(afterPublishing.sitemapAlternates).toEqual([
      ['it', 'en'],
      ['it', 'en'],
    ])
    expect((await getFaq('en', enSlug))?.id).toBe(id)
  })

  // Known gap, left to whoever owns publishing (src/hooks/translatorGuard.ts): Payload publishes a
  // document's latest version in every language, so the coordinator publishing an Italian change
  // also puts a translator's unreviewed English draft live (and with it into hreflang and the
  // sitemap, which then rightly list it). A translator's publish is already limited to English.
  it.fails('an Italian publish leaves a translator’s English draft a draft (known gap)', async () => {
    const { id, tag, itSlug } = await italianWithEnglishDraft()
    const italianEdit = await rest('PATCH', `/api/faqs/${id}?locale=it`, {
      token: staff.editor,
      body: { question: `Domanda rivista ${tag}?`, _status: 'published' },
    })
    expect(italianEdit.status, italianEdit.text).toBe(200)
    const afterItalianEdit = await languagesOf(itSlug)
    expect(afterItalianEdit.hreflang).toEqual(['it', 'x-default'])
  })

  it('a service with an English draft only is listed in Italian only', async () => {
    const tag = uniqueTag()
    const created = await rest('POST', '/api/services?locale=it', {
      token: staff.editor,
      body: { ...sample('services', 'it', tag), slug: `servizio-${tag}`, _status: 'published' },
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id as number
    const draft = await rest('PATCH', `/api/services/${id}?locale=en&draft=true`, {
      token: staff.translator,
      body: { ...localizedPart('services', 'en', tag), slug: `service-${tag}`, _status: 'draft' },
    })
    expect(draft.status, draft.text).toBe(200)
    const service = (await listEntries('services', 'it')).find((s) => s.id === id)
    expect(service?.translatedIn).toEqual(['it'])
    expect(service?.slugs.en).toBe(`servizio-${tag}`)
    const urls = (await sitemap()).map((entry) => entry.url)
    expect(urls).toContain(`${site}/it/servizi/servizio-${tag}`)
    expect(urls.some((url) => url.includes(`service-${tag}`))).toBe(false)
    expect(urls).not.toContain(`${site}/en/services/servizio-${tag}`)
  })
})
