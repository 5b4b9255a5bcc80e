import { defineRouting } from 'next-intl/routing'

import { pathnames } from '../site/paths'
import { defaultLocale, locales } from './locales'

/** Public URLs: section paths are translated (src/site/paths.ts); entry slugs come from the CMS per locale. */
export const routing = defineRouting({ locales, defaultLocale, localePrefix: 'always', pathnames })
