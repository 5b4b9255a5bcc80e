import { Associations } from './Associations'
import type { ContentCollectionConfig } from './content'
import type { LocalizedName, LocalizedSlug } from './documents'
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
} as const satisfies {
  // Each titled by one of its own localized fields (the generated types' list: run
  // `npm run generate:types` after adding a type).
  [S in ContentCollectionSlug]: ContentCollectionConfig<S extends LocalizedSlug ? LocalizedName<S> : never>
}
