import type { CollectionConfig } from 'payload'

import type { ContentCollectionSlug } from '.'
import { siteUrl } from '../env'
import { defaultLocale, type Locale } from '../i18n/locales'

/** The draft preview of an entry (see src/app/(frontend)/[locale]/preview). */
export const previewPath = (locale: Locale, collection: string, id: number | string) =>
  `/${locale}/preview/${collection}/${id}`

type Admin = NonNullable<CollectionConfig['admin']>

/** Live preview and the Preview button, in the locale being edited; the page checks the session. */
export const previewAdmin = (collection: ContentCollectionSlug): Pick<Admin, 'livePreview' | 'preview'> => ({
  livePreview: {
    url: ({ data, locale }) =>
      data?.id ? siteUrl() + previewPath((locale?.code as 'it' | 'en') ?? defaultLocale, collection, data.id) : null,
  },
  preview: (doc, { locale }) =>
    doc?.id ? siteUrl() + previewPath((locale as 'it' | 'en') ?? defaultLocale, collection, doc.id as number) : null,
})
