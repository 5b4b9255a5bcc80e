import type { Locale } from '../i18n/locales'
import { listPublished } from './entries'
import { type AssociationView, present, toAssociationView } from './views'

export async function listAssociations(locale: Locale): Promise<AssociationView[]> {
  return (await listPublished('associations')).map((doc) => toAssociationView(doc, locale)).filter(present)
}
