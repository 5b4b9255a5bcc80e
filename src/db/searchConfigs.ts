import type { Locale } from '../i18n/locales'

/**
 * Each locale's text search configuration (made by migration 20261127_181000_search): its language's
 * stemming, accents ignored. Read by the site search and its indexes (./searchIndexes.ts) and by the
 * glossary's matching of Italian words (src/translation/glossary.ts). Kept apart from the indexes,
 * which import the content types, so that the translation tools can read it without a cycle.
 */
export const searchConfigs: Readonly<Record<Locale, string>> = { it: 'scena_it', en: 'scena_en' }
