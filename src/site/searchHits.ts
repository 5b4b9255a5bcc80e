import type { SearchHit } from '../data/search'
import type { Href } from '../i18n/paths'
import { type ContentSection, contentSections } from '../routing/paths'

/**
 * Where a search result is shown: the entry's own page, or, for a type without entry pages (kit,
 * association), its section at the entry's anchor (the card's id: its slug in that language).
 */
export function searchHitHref({ kind, slug }: Pick<SearchHit, 'kind' | 'slug'>): Href {
  const { section, entry }: ContentSection = contentSections[kind]
  return entry ? { pathname: entry, params: { slug } } : { pathname: section, hash: slug }
}
