/** The practice's content: drafts, versions, localized slugs. (Apart, so client code can import it.) */
export const contentCollectionSlugs = ['faqs', 'services', 'kit-items', 'associations'] as const
export type ContentCollectionSlug = (typeof contentCollectionSlugs)[number]
