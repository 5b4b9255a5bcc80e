import type { CollectionConfig } from 'payload'

/** XLIFF export of the selected entries, or of what needs translation, above the list. */
export const translationListAdmin: Pick<NonNullable<CollectionConfig['admin']>, 'components'> = {
  components: { beforeListTable: ['/components/admin/XliffListExport#XliffListExport'] },
}
