import type { ContentCollectionSlug } from '../collections/slugs'
import type { Locale } from '../i18n/locales'
import { payloadClient } from './client'

/** Where a redirect leads: a path typed by an editor, or an entry's page in one language. */
export type RedirectTarget =
  | { kind: 'path'; to: string }
  | { kind: 'entry'; collection: ContentCollectionSlug; locale: Locale; slugs: Partial<Record<Locale, string | null>> }

/**
 * The redirect from the first of these addresses that has one, with what it leads to now: the
 * entry's published slugs (none, so no redirect, while the entry is not published). Called only
 * where the site would answer 404, whose answer is then cached like a page.
 */
export async function findRedirect(addresses: string[]): Promise<RedirectTarget | null> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'redirects',
    where: { from: { in: addresses } },
    // Redirects are staff-only through the API (editors' working list), not secret: the site
    // reads them to answer a visitor, as it reads nothing else of them.
    overrideAccess: true,
    depth: 0,
    limit: addresses.length,
    pagination: false,
  })
  const redirect = addresses.map((address) => docs.find((doc) => doc.from === address)).find(Boolean)
  if (!redirect) return null
  const { entryCollection, entryId, entryLocale } = redirect
  if (entryCollection && entryId !== null && entryId !== undefined && entryLocale) {
    const { docs: entries } = await payload.find({
      collection: entryCollection,
      where: { id: { equals: entryId } },
      locale: 'all',
      draft: false,
      overrideAccess: false,
      depth: 0,
      limit: 1,
      pagination: false,
      select: { slug: true },
    })
    const [entry] = entries
    return entry
      ? // `as never`: Payload types a `locale: 'all'` read as one locale's string, and inAllLocales
        // needs one collection, not the union this one is.
        { kind: 'entry', collection: entryCollection, locale: entryLocale, slugs: entry.slug as never }
      : null
  }
  return redirect.to ? { kind: 'path', to: redirect.to } : null
}
