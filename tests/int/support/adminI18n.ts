import { initI18n } from '@payloadcms/translations'
import { en as enPayload } from '@payloadcms/translations/languages/en'
import { it as itPayload } from '@payloadcms/translations/languages/it'

import { adminTranslations } from '../../../src/i18n/admin'

/** The admin's i18n in `language`, as Payload gives it to a dashboard component (ServerProps.i18n). */
export const adminI18n = (language: 'it' | 'en') =>
  initI18n({
    config: {
      supportedLanguages: { it: itPayload, en: enPayload },
      fallbackLanguage: 'it',
      translations: adminTranslations,
    },
    context: 'client',
    language,
  })
