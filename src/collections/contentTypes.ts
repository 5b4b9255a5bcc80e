import { Associations } from './Associations'
import type { ContentCollectionConfig } from './content'
import { Faqs } from './Faqs'
import { KitItems } from './KitItems'
import { Services } from './Services'
import type { ContentCollectionSlug } from './slugs'

/**
 * Every content type's collection by slug: registered with Payload from here (./index.ts), and what
 * the data layer (lists, search, entry views) and the tests read of a type. A type is named by the
 * page that shows it (src/routing/table.ts); the compiler asks for its collection here.
 */
export const contentTypes = {
  faqs: Faqs,
  services: Services,
  'kit-items': KitItems,
  associations: Associations,
} as const satisfies Record<ContentCollectionSlug, ContentCollectionConfig>
