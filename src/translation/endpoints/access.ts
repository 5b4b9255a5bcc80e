import { APIError, type PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import { type ContentCollectionSlug, contentCollectionSlugs } from '../../collections'

/** Translation tools are for signed-in staff: 401 for anonymous callers, 403 for other roles. */
export function requireTranslationStaff(req: PayloadRequest): void {
  if (!req.user) throw new APIError('Sign in to use the translation tools.', 401, null, true)
  if (!hasRole(req.user, 'admin', 'editor', 'translator')) {
    throw new APIError('Only editors, translators and admins can use the translation tools.', 403, null, true)
  }
}

/** The `collection` query parameter: one content collection, or all of them when absent. */
export function collectionsParam(value: unknown): readonly ContentCollectionSlug[] {
  if (value === undefined || value === null || value === '') return contentCollectionSlugs
  if (typeof value === 'string' && (contentCollectionSlugs as readonly string[]).includes(value)) {
    return [value as ContentCollectionSlug]
  }
  throw new APIError(
    `Unknown collection "${String(value)}". Use one of: ${contentCollectionSlugs.join(', ')}.`,
    400,
    null,
    true,
  )
}
