import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { defaultLocale } from '../i18n/locales'
import { hasRole } from './roles'

export { hasRole, roleOf, roles, type Role } from './roles'

type ReqArgs = { req: PayloadRequest }

export const anyone: Access = () => true
export const nobody: Access = () => false
export const authenticated: Access = ({ req }: ReqArgs) => Boolean(req.user)
export const isAdmin: Access = ({ req }: ReqArgs) => hasRole(req.user, 'admin')
/** Editors (the coordinator) and admins have full rights over content. */
export const isEditor: Access = ({ req }: ReqArgs) => hasRole(req.user, 'admin', 'editor')

/** Anonymous visitors read published documents only; any signed-in role reads drafts too. */
export const publishedOrSignedIn: Access = ({ req }: ReqArgs) =>
  req.user ? true : { _status: { equals: 'published' } }

/**
 * Editors update anything; a translator only the non-default locale (English), never the Italian
 * source. Field-level `editorsOnly` keeps non-localized fields out of a translator's reach.
 */
export const editorOrTranslatorInTargetLocale: Access = ({ req }: ReqArgs) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  return hasRole(req.user, 'translator') && Boolean(req.locale) && req.locale !== defaultLocale && req.locale !== 'all'
}

/** Field-level: only editors and admins may change this field. */
export const editorsOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')
export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
export const signedInField: FieldAccess = ({ req }) => Boolean(req.user)

/** Access for the practice's content collections: public reads see published entries only. */
export const contentAccess = {
  read: publishedOrSignedIn,
  create: isEditor,
  update: editorOrTranslatorInTargetLocale,
  delete: isEditor,
  readVersions: authenticated,
}
