import { defineRouting } from 'next-intl/routing'

import { pathnames } from '../routing/paths'
import { defaultLocale, locales } from './locales'

/** Public URLs: section paths are translated (src/routing/table.ts); entry slugs come from the CMS per locale. */
export const routing = defineRouting({ locales, defaultLocale, localePrefix: 'always', pathnames })
