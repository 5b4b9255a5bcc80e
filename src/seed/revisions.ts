import type { Payload, PayloadRequest } from 'payload'

import { locales } from '../i18n/locales'
import { translationIntentKey } from '../translation/track'
import { glossary, siteSettings } from './content'
import { supersededGlossary, supersededText } from './content/superseded'
import { context, type SeedLog, seedPlan } from './index'
import { seedHash } from './seedHash'

/** The seed's latest revision; an existing database is brought up to it once. */
export const SEED_REVISION = '2026-12-05-native-third-pass'
const revisionKey = 'scena:seed-revision'

export interface RevisionOptions {
  /** Fingerprints of superseded text (tests pass their own). */
  superseded?: Record<string, readonly string[]>
  revision?: string
  /** Runs every read and write in this request's transaction (a data migration's). */
  req?: PayloadRequest
}

/**
 * The revision a database was last brought up to. Read and written through the database adapter
 * with `req`, as Payload's key-value store does but inside the caller's transaction: that store's
 * own calls never join one, and a mark committed while the revision is rolled back would skip it
 * for good.
 */
async function revisionOf(payload: Payload, req?: PayloadRequest): Promise<string | null> {
  const doc = await payload.db.findOne<{ id: number | string; data?: unknown }>({
    collection: 'payload-kv',
    req: req ?? {},
    select: { data: true, key: true },
    where: { key: { equals: revisionKey } },
  })
  return typeof doc?.data === 'string' ? doc.data : null
}

/** Records that the database holds the seed's text as of `revision` (after a fresh seed, too). */
export async function markSeedRevision(
  payload: Payload,
  { revision = SEED_REVISION, req }: { revision?: string; req?: PayloadRequest } = {},
): Promise<void> {
  await payload.db.upsert({
    collection: 'payload-kv',
    data: { key: revisionKey, data: revision },
    req: req ?? {},
    select: {},
    where: { key: { equals: revisionKey } },
  })
}

/** Fields the same in both languages that the seed once left empty: filled once, if still empty. */
const filledWhenEmpty = ['website'] as const

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && !value.trim())

/**
 * Brings a database seeded with earlier seed text up to the current seed, once per revision: a
 * field still holding text the seed wrote and has since corrected (by fingerprint) gets the new
 * text, in each language; a field the coordinator edited keeps their text. A slug corrected that
 * way moves the entry's page, and its former address redirects to it (src/redirects/follow.ts).
 * A shared field the seed used to leave empty (the association's website) is filled if still empty. An entry with an
 * unpublished draft is left alone (updating it would publish the draft). English the practice wrote
 * for the corrected Italian stays "complete". New glossary terms are added and superseded, unedited
 * terms replaced. Returns the number of fields and terms changed.
 */
export async function reviseSeededContent(
  payload: Payload,
  log: SeedLog,
  { superseded = supersededText, revision = SEED_REVISION, req }: RevisionOptions = {},
): Promise<number> {
  if ((await revisionOf(payload, req)) === revision) return 0
  const inReq = req ? { req } : {}
  const outdated = (key: string, value: unknown) => {
    const hash = seedHash(value)
    return hash !== null && (superseded[key] ?? []).includes(hash)
  }
  let changed = 0
  for (const { collection, entries } of seedPlan) {
    for (const entry of entries) {
      const { docs } = await payload.find({
        collection,
        where: { contentKey: { equals: entry.key } },
        locale: 'all',
        draft: true,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        ...inReq,
      })
      const doc = docs[0] as (Record<string, unknown> & { id: number; _status?: string }) | undefined
      if (!doc || doc._status !== 'published') continue
      const stored = (field: string, locale: string) => (doc[field] as Record<string, unknown> | undefined)?.[locale]
      const revised: string[] = []
      for (const locale of locales) {
        const data = entry.data(locale)
        const fields = Object.keys(data).filter((f) =>
          outdated(`${collection}/${entry.key}/${f}/${locale}`, stored(f, locale)),
        )
        if (locale === 'it') revised.push(...fields)
        const filled =
          locale === 'it'
            ? filledWhenEmpty.filter((f) => f in entry.shared && isEmpty(doc[f]) && !isEmpty(entry.shared[f]))
            : []
        // English the practice wrote stays the translation of the corrected Italian.
        const confirmed =
          locale === 'en'
            ? revised.filter((f) => fields.includes(f) || seedHash(stored(f, 'en')) === seedHash(data[f]))
            : []
        if (fields.length === 0 && confirmed.length === 0 && filled.length === 0) continue
        await payload.update({
          collection,
          id: doc.id,
          locale,
          data: {
            ...Object.fromEntries(fields.map((f) => [f, data[f]])),
            ...Object.fromEntries(filled.map((f) => [f, entry.shared[f]])),
            _status: 'published',
          },
          overrideAccess: true,
          context: { ...context, [translationIntentKey]: { confirmed } },
          ...inReq,
        })
        changed += fields.length + filled.length
      }
    }
  }
  changed += await reviseGlobals(payload, outdated, req)
  changed += await reviseGlossary(payload, req)
  await markSeedRevision(payload, { revision, req })
  if (changed) log(`Seed text corrected where it was never edited: ${changed} fields and terms.`)
  return changed
}

async function reviseGlobals(
  payload: Payload,
  outdated: (key: string, value: unknown) => boolean,
  req?: PayloadRequest,
): Promise<number> {
  const inReq = req ? { req } : {}
  let changed = 0
  for (const locale of locales) {
    const settings = await payload.findGlobal({
      slug: 'site-settings',
      locale,
      fallbackLocale: false,
      depth: 0,
      ...inReq,
    })
    const fields: Array<'siteTitle' | 'tagline' | 'faqIntro' | 'contactCallToAction' | 'footer' | 'role'> = (
      ['siteTitle', 'tagline', 'faqIntro', 'contactCallToAction', 'footer'] as const
    ).filter((f) => outdated(`site-settings/${f}/${locale}`, settings[f]))
    // Fields added to the settings after the database was seeded get the seed's text once, if empty.
    const added = (['role'] as const).filter((f) => !settings[f]?.trim())
    fields.push(...added)
    if (fields.length) {
      const data = Object.fromEntries(fields.map((f) => [f, siteSettings[f][locale]]))
      await payload.updateGlobal({ slug: 'site-settings', locale, data, overrideAccess: true, context, ...inReq })
      changed += fields.length
    }
  }
  return changed
}

/** New terms are added; a term the seed once wrote and no one edited takes the current wording. */
async function reviseGlossary(payload: Payload, req?: PayloadRequest): Promise<number> {
  const inReq = req ? { req } : {}
  let changed = 0
  const { docs } = await payload.find({
    collection: 'glossary',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...inReq,
  })
  for (const doc of docs) {
    const unedited = (supersededGlossary[doc.term] ?? []).some(
      (before) => seedHash(doc.translation) === before.translation && seedHash(doc.note ?? null) === before.note,
    )
    if (!unedited) continue
    const now = glossary.find((g) => g.term === doc.term)
    if (now) {
      await payload.update({
        collection: 'glossary',
        id: doc.id,
        data: { translation: now.translation, note: now.note ?? null },
        overrideAccess: true,
        ...inReq,
      })
    } else {
      await payload.delete({ collection: 'glossary', id: doc.id, overrideAccess: true, ...inReq })
    }
    changed++
  }
  const terms = new Set(docs.map((d) => d.term))
  for (const entry of glossary.filter((g) => !terms.has(g.term))) {
    await payload.create({ collection: 'glossary', data: entry, overrideAccess: true, ...inReq })
    changed++
  }
  return changed
}
