export type {
  Localized,
  Paragraphs,
  FaqSection,
  ServiceContext,
  ProductionPhase,
  KitUseContext,
  FaqSeed,
  ServiceSeed,
  KitItemSeed,
  AssociationSeed,
  SiteSettingsSeed,
  GlossarySeed,
} from './types'
export { faqs } from './faqs'
export { services } from './services'
export { kitItems } from './kit'
export { association } from './association'
export { siteSettings } from './site-settings'
export { glossary } from './glossary'
