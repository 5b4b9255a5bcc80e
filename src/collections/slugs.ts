import { pageTable } from '../routing/table'

/*
 * The practice's content types (drafts, versions, localized slugs) are the ones the page table
 * shows: a type is named once, by its page's `content.collection` (src/routing/table.ts), and its
 * collection is registered under that name in ./contentTypes.ts (the compiler asks for it). Kept
 * apart from the collections so that client code can import the names.
 */

type TablePage = (typeof pageTable)[keyof typeof pageTable]

export type ContentCollectionSlug = Extract<TablePage, { content: unknown }>['content']['collection']

/** In the page table's order (the admin's is ./contentTypes.ts's). */
export const contentCollectionSlugs: readonly ContentCollectionSlug[] = Object.values(pageTable).flatMap(
  (page: TablePage) => ('content' in page ? [page.content.collection] : []),
)
