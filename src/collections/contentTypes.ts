import { Associations } from './Associations'
import type { ContentCollectionConfig } from './content'
import { Faqs } from './Faqs'
import { KitItems } from './KitItems'
import { Services } from './Services'
import type { ContentCollectionSlug } from './slugs'

/**
 * Every content type's collection by slug: registered with Payload from here (./index.ts), and what
 * the data layer (lists, search) and the tests read of a type. A new type is added here and to
 * `contentCollectionSlugs` (the compiler asks for both).
 */
export const contentTypes: Record<ContentCollectionSlug, ContentCollectionConfig> = {
  faqs: Faqs,
  services: Services,
  'kit-items': KitItems,
  associations: Associations,
}
