import type { Locale } from '../i18n/locales'
import { listPublished } from './entries'
import { type KitItemView, present, toKitItemView } from './views'

export async function listKitItems(locale: Locale): Promise<KitItemView[]> {
  return (await listPublished('kit-items')).map((doc) => toKitItemView(doc, locale)).filter(present)
}
