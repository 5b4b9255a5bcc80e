import { headers } from 'next/headers'

import { hasRole } from '../access/roles'
import { type AllLocalesOf, inAllLocales } from '../collections/documents'
import { type ContentCollectionSlug, contentCollectionSlugs } from '../collections/slugs'
import { payloadClient } from './client'

export const isPreviewCollection = (value: string): value is ContentCollectionSlug =>
  (contentCollectionSlugs as readonly string[]).includes(value)

export type PreviewResult<S extends ContentCollectionSlug> =
  { status: 'ok'; doc: AllLocalesOf<S> } | { status: 'signed-out' | 'not-found' }

/**
 * The latest draft of an entry, for the signed-in staff member whose admin session cookie came
 * with the request; `null` for anyone else. No secret in the URL can open it.
 */
export async function previewDraft<S extends ContentCollectionSlug>(
  collection: S,
  id: string,
): Promise<PreviewResult<S>> {
  const payload = await payloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!hasRole(user, 'admin', 'editor', 'translator')) return { status: 'signed-out' }
  const numericId = Number(id)
  if (!Number.isInteger(numericId) || numericId <= 0) return { status: 'not-found' }
  const doc = await payload
    .findByID({ collection, id: numericId, locale: 'all', draft: true, overrideAccess: false, user, depth: 1 })
    .catch(() => null)
  return doc ? { status: 'ok', doc: inAllLocales(collection, doc) } : { status: 'not-found' }
}
