import { cache } from 'react'

import type { Locale } from './locales'

/**
 * The locale of the page being rendered, noted by `pageLocale()`: one per request, like next-intl's
 * own request locale, but read synchronously. next-intl's `useLocale()` waits for its request
 * config, and each server component that calls it before that has settled is deferred into a row
 * of its own in the RSC payload (a page of links had one per link).
 */
export const renderedLocale = cache((): { locale?: Locale } => ({}))
