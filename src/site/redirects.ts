import { notFound, permanentRedirect } from 'next/navigation'

import { findRedirect } from '../data/redirects'
import { publicPathOf } from '../topology/edge/purge'
import { canonicalPath } from '../redirects/address'
import { entryAddresses } from '../redirects/pages'

/**
 * What an address the site has no page for answers: a permanent redirect when one is defined
 * (to the entry's current address in the redirect's language, or the editor's path), else the 404
 * page. Both are rendered once and kept in the page cache like any page; a publish or a change of
 * redirects refreshes them. Next answers 308 here; the production server sends it as 301
 * (scripts/serve.ts).
 */
export async function redirectOrNotFound(publicAddresses: string[]): Promise<never> {
  const addresses = publicAddresses.map(canonicalPath)
  const target = await findRedirect(addresses)
  const location =
    target?.kind === 'path'
      ? target.to
      : target?.kind === 'entry'
        ? entryAddresses(target.collection, target.slugs)[target.locale]
        : undefined
  if (location && !addresses.includes(canonicalPath(location.split('?')[0] ?? ''))) permanentRedirect(location)
  notFound()
}

/** The same for an entry page (`/it/faq/<slug>`, as the app knows it) where no entry has the slug. */
export const entryRedirectOrNotFound = (appPath: string): Promise<never> => redirectOrNotFound([publicPathOf(appPath)])
