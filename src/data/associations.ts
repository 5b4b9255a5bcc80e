import type { Locale } from '../i18n/locales'
import { listViews } from './entries'
import { type AssociationView, toAssociationView } from './views'

export const listAssociations = (locale: Locale): Promise<AssociationView[]> =>
  listViews('associations', locale, toAssociationView)
