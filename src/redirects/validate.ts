import type { TextFieldSingleValidation } from 'payload'

import { siteUrl } from '../env'
import { serverText } from '../errors'
import type { ServerMessage } from '../i18n/serverMessages'
import { type AddressProblem, redirectSource, sameSitePath } from './address'
import { currentPageAt } from './existing'

const messageOf: Record<AddressProblem, ServerMessage> = {
  empty: 'errRedirectEmpty',
  tooLong: 'errRedirectTooLong',
  notAPath: 'errRedirectNotAPath',
  otherSite: 'errRedirectOtherSite',
  badCharacters: 'errRedirectBadCharacters',
  hasQuery: 'errRedirectQuery',
}

type Sibling = { entryId?: unknown; from?: unknown; to?: unknown }

/** A redirect the content hooks wrote for an entry's former slug: its target is the entry. */
export const followsAnEntry = (data: Sibling | undefined) => data?.entryId !== null && data?.entryId !== undefined

/**
 * `from`: a path of this site that is not a page now (a redirect from a page would never be used:
 * the page wins). Automatic redirects are written from an address the entry has just left.
 */
export const validateFrom: TextFieldSingleValidation = async (value, { req, siblingData }) => {
  const checked = redirectSource(value, siteUrl())
  if ('problem' in checked) return serverText(req, messageOf[checked.problem])
  if (followsAnEntry(siblingData as Sibling)) return true
  return !(await currentPageAt(checked.path, req)) || serverText(req, 'errRedirectExistingPage')
}

/** `to`: a path of this site, required for a hand-made redirect, never its own `from`. */
export const validateTo: TextFieldSingleValidation = (value, { req, siblingData }) => {
  const sibling = siblingData as Sibling
  if ((value === null || value === undefined || value === '') && followsAnEntry(sibling)) return true
  const checked = sameSitePath(value, siteUrl())
  if ('problem' in checked) return serverText(req, messageOf[checked.problem])
  const from = redirectSource(sibling?.from, siteUrl())
  const target = redirectSource(checked.path.split('?')[0], siteUrl())
  return !('path' in from && 'path' in target && from.path === target.path) || serverText(req, 'errRedirectToItself')
}

/** Stored as the path the lookup compares with (`from`) or sends visitors to (`to`). */
export const normaliseFrom = ({ value }: { value?: unknown }) => {
  const checked = redirectSource(value, siteUrl())
  return 'path' in checked ? checked.path : value
}

export const normaliseTo = ({ value }: { value?: unknown }) => {
  const checked = sameSitePath(value, siteUrl())
  return 'path' in checked ? checked.path : value
}
