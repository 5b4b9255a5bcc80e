import { type PayloadRequest } from 'payload'

import { refusal } from '../../errors'
import { hasRole } from '../../access/roles'
import { type ContentCollectionSlug, contentCollectionSlugs } from '../../collections/slugs'

/** Translation tools are for signed-in staff: 401 for anonymous callers, 403 for other roles. */
export function requireTranslationStaff(req: PayloadRequest): void {
  if (!req.user) throw refusal(req, 401, 'errSignIn')
  if (!hasRole(req.user, 'admin', 'editor', 'translator')) throw refusal(req, 403, 'errStaffOnly')
}

/** The `collection` query parameter: one content collection, or all of them when absent. */
export function collectionsParam(req: PayloadRequest, value: unknown): readonly ContentCollectionSlug[] {
  if (value === undefined || value === null || value === '') return contentCollectionSlugs
  if (typeof value === 'string' && (contentCollectionSlugs as readonly string[]).includes(value)) {
    return [value as ContentCollectionSlug]
  }
  throw refusal(req, 400, 'errUnknownCollection', { value: String(value), list: contentCollectionSlugs.join(', ') })
}
