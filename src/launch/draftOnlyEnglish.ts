import type { Payload } from 'payload'

import { type ContentCollectionSlug, contentCollectionSlugs } from '../collections/slugs'
import { isTranslated } from '../data/localized'
import { sourceLocale, targetLocale } from '../translation/locales'
import { latestInAllLocales } from '../translation/values'

export interface DraftOnlyEnglish {
  collection: ContentCollectionSlug
  id: number | string
  /** The entry's Italian title, to name it in the admin. */
  title: string
}

type TitlePair = Partial<Record<string, string | null>> | null | undefined

/**
 * Published entries whose English exists only in an unpublished draft: their latest version has
 * an English title, the published one has none, so visitors of the English site get the Italian.
 * "Has English" is read as the site reads it (src/data/views.ts `translatedIn`: the title field);
 * the latest version is the one the translation tools work from (latestInAllLocales).
 */
export async function draftOnlyEnglish(
  payload: Payload,
  slugs: readonly ContentCollectionSlug[] = contentCollectionSlugs,
): Promise<DraftOnlyEnglish[]> {
  const found: DraftOnlyEnglish[] = []
  // One collection after the other: the pool is shared with the site.
  for (const collection of slugs) {
    const titleField = payload.collections[collection].config.admin.useAsTitle ?? 'id'
    const { docs: published } = await payload.find({
      collection,
      locale: 'all',
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      where: { _status: { equals: 'published' } },
      select: { [titleField]: true },
    })
    const liveWithoutEnglish = new Set(
      published
        .filter(
          (doc) => !isTranslated((doc as unknown as Record<string, unknown>)[titleField] as TitlePair, targetLocale),
        )
        .map((doc) => doc.id),
    )
    if (liveWithoutEnglish.size === 0) continue
    for (const latest of await latestInAllLocales(payload, collection, {
      ids: liveWithoutEnglish,
      fieldNames: [titleField],
    })) {
      const title = latest[titleField] as TitlePair
      if (!isTranslated(title, targetLocale)) continue
      found.push({ collection, id: latest.id, title: title?.[sourceLocale] ?? String(latest.id) })
    }
  }
  return found
}
