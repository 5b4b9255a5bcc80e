import type { faqSections, kitUseContexts, productionPhases, serviceContexts } from '../../fields/options'
import type { NavigationPage } from '../../routing/paths'

export type Localized<T> = { it: T; en: T }
/** Each string is one paragraph of plain text (no markup). */
export type Paragraphs = string[]
// The choices of select fields, from their one definition (src/fields/options.ts).
type ValueOf<List extends ReadonlyArray<{ value: string }>> = List[number]['value']
export type FaqSection = ValueOf<typeof faqSections>
export type ServiceContext = ValueOf<typeof serviceContexts>
export type ProductionPhase = ValueOf<typeof productionPhases>
export type KitUseContext = ValueOf<typeof kitUseContexts>
export interface FaqSeed {
  key: string
  order: number
  section: FaqSection
  question: Localized<string>
  slug: Localized<string>
  answer: Localized<Paragraphs>
}
export interface ServiceSeed {
  key: string
  order: number
  title: Localized<string>
  slug: Localized<string>
  summary: Localized<string>
  body: Localized<Paragraphs>
  contexts: ServiceContext[]
  phases: ProductionPhase[]
}
export interface KitItemSeed {
  key: string
  order: number
  name: Localized<string>
  slug: Localized<string>
  description: Localized<string>
  useContext: KitUseContext
}
export interface AssociationSeed {
  key: string
  name: Localized<string>
  slug: Localized<string>
  description: Localized<Paragraphs>
  coordinatorRole: Localized<string>
  website: string | null
}
export interface SiteSettingsSeed {
  siteTitle: Localized<string>
  tagline: Localized<string>
  role: Localized<string>
  faqIntro: Localized<string>
  contactCallToAction: Localized<string>
  /** A label for each page of the header menu (src/routing/table.ts). */
  /** The header's labels; a page left out is labelled by its name in the admin (src/routing/table.ts). */
  navigation: Partial<Record<NavigationPage, Localized<string>>>
  footer: Localized<string>
}
export interface GlossarySeed {
  /** Italian term, as it occurs in the source text. */
  term: string
  /** The English the practice uses for it. */
  translation: string
  note?: string
}
