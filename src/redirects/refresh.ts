import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { refreshPages } from '../topology/refresh'
import { appPathsOf } from './pages'

type Redirect = { from?: string | null }

const pathsOf = (...redirects: (Redirect | undefined)[]) => [
  ...new Set(redirects.flatMap((redirect) => (redirect?.from ? appPathsOf(redirect.from) : []))),
]

/**
 * A redirect added, changed or removed changes what its old address answers (a 301 or the 404
 * page), kept in the page cache and at the edge like any page: that address is dropped from both.
 */
export const refreshRedirectAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, context }) => {
  if (!context.disableRevalidate) await refreshPages([{ paths: pathsOf(doc, previousDoc), removed: true }])
  return doc
}

export const refreshRedirectAfterDelete: CollectionAfterDeleteHook = async ({ doc, context }) => {
  if (!context.disableRevalidate) await refreshPages([{ paths: pathsOf(doc), removed: true }])
  return doc
}
