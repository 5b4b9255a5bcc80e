import { type PayloadRequest } from 'payload'

import { RequestError } from '../../errors'
import { hasRole } from '../../access/roles'
import { type ContentCollectionSlug, contentCollectionSlugs } from '../../collections/slugs'

/** Translation tools are for signed-in staff: 401 for anonymous callers, 403 for other roles. */
export function requireTranslationStaff(req: PayloadRequest): void {
  if (!req.user) throw new RequestError('Sign in to use the translation tools.', 401)
  if (!hasRole(req.user, 'admin', 'editor', 'translator')) {
    throw new RequestError('Only editors, translators and admins can use the translation tools.', 403)
  }
}

/** The `collection` query parameter: one content collection, or all of them when absent. */
export function collectionsParam(value: unknown): readonly ContentCollectionSlug[] {
  if (value === undefined || value === null || value === '') return contentCollectionSlugs
  if (typeof value === 'string' && (contentCollectionSlugs as readonly string[]).includes(value)) {
    return [value as ContentCollectionSlug]
  }
  throw new RequestError(
    `Unknown collection "${String(value)}". Use one of: ${contentCollectionSlugs.join(', ')}.`,
    400,
  )
}
