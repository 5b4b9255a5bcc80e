import type { CollectionConfig, Field } from 'payload'

import { contentAccess, editorsOnly } from '../access'
import { siteUrl } from '../env'
import { contentKeyField } from '../fields/contentKey'
import { formerAddressesField } from '../fields/formerAddresses'
import { orderField } from '../fields/order'
import { slugField } from '../fields/slug'
import { translationFields } from '../fields/translationStatus'
import { rememberSlugsBeforeDelete, revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate'
import { hasEntryPages } from '../redirects/pages'
import { dropRedirectsOfDeleted, followPublishedSlugs, rememberPublishedSlugs } from '../redirects/follow'
import { publishOnlyTranslatorLocale, rejectTranslatorSharedChanges } from '../hooks/translatorGuard'
import { defaultLocale, isLocale, type Locale } from '../i18n/locales'
import { previewPath } from '../routing/paths'
import { trackTranslation } from '../translation/track'
import type { ContentCollectionSlug } from './slugs'

type Label = Record<Locale, string>

export interface ContentType<T extends string = string> {
  slug: ContentCollectionSlug
  labels: { singular: Label; plural: Label }
  /** The localized text field that names an entry: list title, slug source, "translated" test. */
  titleField: T
  /** List columns between the title and the status columns. */
  columns: string[]
  /**
   * The type's own fields; order, slug, content key and translation status are added after them.
   * Fields shared by both languages (not localized) are changed by editors only.
   */
  fields: Field[]
  /**
   * How its entries are listed, in the admin and on the site (a field name, `-` first for
   * descending: a press-coverage type would say `'-date'`). Default: `'order'`, the editors' order.
   */
  sort?: string
}

/** The localized columns the site search reads (src/data/search.ts), by field name. */
export interface SearchedFields {
  /** The title: matches rank first and it is the result's heading. */
  title: string
  /** A plain-text field (textarea) searched and quoted in the result, if the type has one. */
  summary: string | null
  /** A rich-text field searched and quoted in the result, if the type has one. */
  body: string | null
}

/**
 * A content type's collection, with what the data layer reads of it: its sort and searched fields,
 * the title field `T` typed as written (the site's entry views name their title by it).
 */
export type ContentCollectionConfig<T extends string = string> = CollectionConfig & {
  defaultSort: string
  custom: { searched: SearchedFields & { title: T } }
}

const firstLocalized = (fields: Field[], type: Field['type']): string | null => {
  const field = fields.find((f) => f.type === type && 'localized' in f && f.localized && 'name' in f)
  return field && 'name' in field ? field.name : null
}

/**
 * What the search reads of a type, from its fields: the title, its first localized textarea and
 * its first localized rich text. Each type's per-language search indexes are built on exactly this
 * (src/db/searchIndexes.ts, written by `npm run migrate:create`; tests/int/search.test.ts checks them).
 */
export const searchedFields = (titleField: string, fields: Field[]): SearchedFields => ({
  title: titleField,
  summary: firstLocalized(fields, 'textarea'),
  body: firstLocalized(fields, 'richText'),
})

/** Live preview and the Preview button open the draft in the locale being edited; the page checks the session. */
const previewUrl = (collection: ContentCollectionSlug, id: unknown, locale: unknown): string | null =>
  id ? siteUrl() + previewPath(isLocale(locale) ? locale : defaultLocale, collection, String(id)) : null

const sharedFieldsForEditors = (field: Field): Field =>
  'localized' in field && field.localized
    ? field
    : ({ access: { create: editorsOnly, update: editorsOnly }, ...field } as Field)

/**
 * A content type of the practice (FAQ, service, kit item, association): published through drafts
 * with a bounded history, public when published, written in Italian by editors and in English by
 * translators (status per field, XLIFF above the list), sorted its own way (editors' order unless
 * it says otherwise), with a slug per locale, refreshed on the site when it changes, found by the
 * site search, and previewed as its real page.
 */
export function contentCollection<T extends string>({
  slug,
  labels,
  titleField,
  columns,
  fields,
  sort = 'order',
}: ContentType<T>): ContentCollectionConfig<T> {
  return {
    slug,
    labels,
    defaultSort: sort,
    custom: { searched: { ...searchedFields(titleField, fields), title: titleField } },
    admin: {
      useAsTitle: titleField,
      defaultColumns: [titleField, ...columns, '_status', 'translationStatus', 'updatedAt'],
      livePreview: { url: ({ data, locale }) => previewUrl(slug, data?.id, locale?.code) },
      preview: (doc, { locale }) => previewUrl(slug, doc?.id, locale),
      // XLIFF export of the selected entries, or of what needs translation, above the list.
      components: { beforeListTable: ['/components/admin/XliffListExport#XliffListExport'] },
    },
    access: contentAccess,
    hooks: {
      beforeOperation: [rejectTranslatorSharedChanges, publishOnlyTranslatorLocale],
      beforeChange: [trackTranslation, rememberPublishedSlugs(slug)],
      afterChange: [followPublishedSlugs(slug), revalidateAfterChange(slug)],
      beforeDelete: [rememberSlugsBeforeDelete(slug)],
      afterDelete: [dropRedirectsOfDeleted(slug), revalidateAfterDelete(slug)],
    },
    versions: { drafts: { autosave: false, schedulePublish: true }, maxPerDoc: 50 },
    fields: [
      ...fields.map(sharedFieldsForEditors),
      orderField(),
      slugField(titleField),
      contentKeyField(),
      ...translationFields(),
      // An entry with a page of its own keeps its former addresses as redirects (src/redirects).
      ...(hasEntryPages(slug) ? [formerAddressesField()] : []),
    ],
  }
}
