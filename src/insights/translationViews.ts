import type { Payload } from 'payload'

import type { ContentCollectionSlug } from '../collections/slugs'
import { contentSections, localizedPath, pathnames } from '../routing/paths'
import type { EntryReport, TranslationReport } from '../translation/report'
import { entryPagePath } from './paths'
import { englishViews } from './report'

/** Days of English views the Translations view sorts by. */
export const TRANSLATION_VIEWS_DAYS = 30

/**
 * "What to translate first": each entry's English page views in the last TRANSLATION_VIEWS_DAYS
 * days — its own English page (by its English slug), or, for content shown only on its section
 * (kit, associations), that section's English page.
 */
export async function entryEnglishViews(payload: Payload, report: TranslationReport): Promise<Map<string, number>> {
  const views = await englishViews(payload, TRANSLATION_VIEWS_DAYS)
  const result = new Map<string, number>()
  for (const slug of Object.keys(report) as ContentCollectionSlug[]) {
    const entries = report[slug]?.entries ?? []
    const section = contentSections[slug]
    if (!section.entry) {
      // Insights keeps paths as visitors' browsers show them (decoded, src/insights/paths.ts).
      const sectionPath = decodeURIComponent(localizedPath(pathnames[section.section], 'en'))
      for (const entry of entries) result.set(viewsKey(slug, entry.id), views.get(sectionPath) ?? 0)
      continue
    }
    // The table name comes from the list of content collections, never from the request.
    const { rows } = await payload.db.pool.query(
      `SELECT _parent_id AS id, slug FROM "${slug.replace(/-/g, '_')}_locales" WHERE _locale = 'en' AND slug IS NOT NULL`,
    )
    const slugOf = new Map((rows as Array<{ id: number; slug: string }>).map((r) => [String(r.id), r.slug]))
    for (const entry of entries) {
      const path = entryPagePath(slug, 'en', slugOf.get(String(entry.id)))
      result.set(viewsKey(slug, entry.id), path ? (views.get(path) ?? 0) : 0)
    }
  }
  return result
}

export const viewsKey = (slug: string, id: number | string) => `${slug}:${id}`

/** The report with each entry's English views, entries sorted most viewed first (then as before). */
export async function withEnglishViews(
  payload: Payload,
  report: TranslationReport,
): Promise<Partial<Record<ContentCollectionSlug, { entries: Array<EntryReport & { views: number }> }>>> {
  const views = await entryEnglishViews(payload, report)
  const sorted: Record<string, unknown> = {}
  for (const [slug, collection] of Object.entries(report)) {
    if (!collection) continue
    const entries = collection.entries
      .map((entry, index) => ({ entry: { ...entry, views: views.get(viewsKey(slug, entry.id)) ?? 0 }, index }))
      .sort((a, b) => b.entry.views - a.entry.views || a.index - b.index)
      .map(({ entry }) => entry)
    sorted[slug] = { ...collection, entries }
  }
  return sorted
}
