import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Locale } from '../i18n/locales'
import { association, faqs, glossary, kitItems, services, siteSettings } from './content'
import type { Localized } from './content/types'
import { paragraphsToLexical } from '../fields/richText'
import { env } from '../env'

export type SeedLog = (line: string) => void

interface SeedEntry {
  key: string
  /** The entry's fields in one language. */
  data: (locale: Locale) => Record<string, unknown>
  /** Fields that are the same in both languages. */
  shared: Record<string, unknown>
}

const pick = <T>(value: Localized<T>, locale: Locale): T => value[locale]

const faqEntries: SeedEntry[] = faqs.map((faq) => ({
  key: faq.key,
  shared: { order: faq.order, section: faq.section },
  data: (l) => ({
    question: pick(faq.question, l),
    slug: pick(faq.slug, l),
    answer: paragraphsToLexical(pick(faq.answer, l)),
  }),
}))

const serviceEntries: SeedEntry[] = services.map((service) => ({
  key: service.key,
  shared: { order: service.order, contexts: service.contexts, phases: service.phases },
  data: (l) => ({
    title: pick(service.title, l),
    slug: pick(service.slug, l),
    summary: pick(service.summary, l),
    body: paragraphsToLexical(pick(service.body, l)),
  }),
}))

const kitEntries: SeedEntry[] = kitItems.map((item) => ({
  key: item.key,
  shared: { order: item.order, useContext: item.useContext },
  data: (l) => ({ name: pick(item.name, l), slug: pick(item.slug, l), description: pick(item.description, l) }),
}))

const associationEntries: SeedEntry[] = [
  {
    key: association.key,
    shared: { order: 1, website: association.website },
    data: (l) => ({
      name: pick(association.name, l),
      slug: pick(association.slug, l),
      description: paragraphsToLexical(pick(association.description, l)),
      coordinatorRole: pick(association.coordinatorRole, l),
    }),
  },
]

export const seedPlan: Array<{ collection: CollectionSlug; entries: SeedEntry[] }> = [
  { collection: 'faqs', entries: faqEntries },
  { collection: 'services', entries: serviceEntries },
  { collection: 'kit-items', entries: kitEntries },
  { collection: 'associations', entries: associationEntries },
]

// Seeding is content set-up, not an editorial publish: no page revalidation.
export const context = { disableRevalidate: true }

/**
 * Creates whatever seed content is missing, published in Italian and English. Entries that
 * already exist (matched by their stable content key) are left exactly as editors made them.
 */
export async function seed(
  payload: Payload,
  log: SeedLog = () => undefined,
): Promise<{ created: number; kept: number }> {
  let created = 0
  let kept = 0
  for (const { collection, entries } of seedPlan) {
    for (const entry of entries) {
      const existing = await payload.find({
        collection,
        where: { contentKey: { equals: entry.key } },
        limit: 1,
        depth: 0,
        draft: true,
        overrideAccess: true,
        context,
      })
      if (existing.docs.length > 0) {
        kept++
        continue
      }
      const doc = await payload.create({
        collection,
        locale: 'it',
        // `as never`: for a union of collections Payload's create() wants data that fits every one
        // of them at once; each seed entry fits its own.
        data: { ...entry.shared, ...entry.data('it'), contentKey: entry.key, _status: 'published' } as never,
        overrideAccess: true,
        context,
      })
      await payload.update({
        collection,
        id: doc.id,
        locale: 'en',
        data: { ...entry.data('en'), _status: 'published' },
        overrideAccess: true,
        context,
      })
      created++
    }
    log(`  ${collection}: ${entries.length} entries`)
  }
  await seedSiteSettings(payload, log)
  await seedGlossary(payload, log)
  return { created, kept }
}

/** Fills the site settings that are still empty, per language; never overwrites an edited value. */
async function seedSiteSettings(payload: Payload, log: SeedLog): Promise<void> {
  const s = siteSettings
  let filled = 0
  for (const locale of ['it', 'en'] as const) {
    const current = await payload.findGlobal({
      slug: 'site-settings',
      locale,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: true,
    })
    const missing = <T>(value: T, seedValue: T) => (isBlank(value) ? seedValue : undefined)
    const navigation = Object.fromEntries(
      Object.entries(s.navigation).map(([name, label]) => [
        name,
        missing((current.navigation as Record<string, unknown> | undefined)?.[name], label[locale]),
      ]),
    )
    const data = withoutUndefined({
      siteTitle: missing(current.siteTitle, s.siteTitle[locale]),
      tagline: missing(current.tagline, s.tagline[locale]),
      role: missing(current.role, s.role[locale]),
      faqIntro: missing(current.faqIntro, s.faqIntro[locale]),
      contactCallToAction: missing(current.contactCallToAction, s.contactCallToAction[locale]),
      footer: missing(current.footer, s.footer[locale]),
      contactEmail: locale === 'it' ? missing(current.contactEmail, env.CONTACT_EMAIL) : undefined,
    })
    const nav = withoutUndefined(navigation)
    const changes = Object.keys(data).length + Object.keys(nav).length
    if (changes === 0) continue
    // Navigation is a group: send the labels already there too, so none is lost.
    const fullNavigation = { ...(current.navigation ?? {}), ...nav }
    await payload.updateGlobal({
      slug: 'site-settings',
      locale,
      overrideAccess: true,
      context,
      data: { ...data, navigation: fullNavigation },
    })
    filled += changes
  }
  log(filled ? `  site-settings: ${filled} empty fields filled` : '  site-settings: kept as edited')
}

/** Adds the glossary terms that are not there yet (matched by the Italian term). */
export async function seedGlossary(payload: Payload, log: SeedLog, req?: PayloadRequest): Promise<void> {
  const inReq = req ? { req } : {}
  let added = 0
  for (const entry of glossary) {
    const { totalDocs } = await payload.count({
      collection: 'glossary',
      where: { term: { equals: entry.term } },
      overrideAccess: true,
      ...inReq,
    })
    if (totalDocs > 0) continue
    await payload.create({ collection: 'glossary', data: entry, overrideAccess: true, ...inReq })
    added++
  }
  log(`  glossary: ${added} terms added, ${glossary.length - added} kept`)
}

const isBlank = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && !value.trim())

const withoutUndefined = <T extends Record<string, unknown>>(record: T) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as Partial<T>

/** True when none of the practice's content exists yet: a fresh database. */
export async function isContentEmpty(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  for (const { collection } of seedPlan) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true, ...(req ? { req } : {}) })
    if (totalDocs > 0) return false
  }
  return true
}

export async function isGlossaryEmpty(payload: Payload, req?: PayloadRequest): Promise<boolean> {
  return (
    (await payload.count({ collection: 'glossary', overrideAccess: true, ...(req ? { req } : {}) })).totalDocs === 0
  )
}
