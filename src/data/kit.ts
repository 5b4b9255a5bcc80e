import type { Locale } from '../i18n/locales'
import { listViews } from './entries'
import { type KitItemView, toKitItemView } from './views'

export const listKitItems = (locale: Locale): Promise<KitItemView[]> => listViews('kit-items', locale, toKitItemView)
