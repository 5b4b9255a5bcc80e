import type { Field } from 'payload'

import { contentTypes } from '../../../src/collections/contentTypes'
import { type ContentCollectionSlug, contentCollectionSlugs } from '../../../src/collections/slugs'
import { paragraphsToLexical } from '../../../src/fields/richText'

export type Lang = 'it' | 'en'

/** The field each content type is titled by (src/collections/contentTypes.ts). */
export const titleField = Object.fromEntries(
  contentCollectionSlugs.map((collection) => [collection, contentTypes[collection].custom.searched.title]),
) as Record<ContentCollectionSlug, string>

/** A localized text field of each type other than its title (its summary or rich text). */
export const textField = (collection: ContentCollectionSlug): string => {
  const { summary, body } = contentTypes[collection].custom.searched
  const name = body ?? summary
  if (!name) throw new Error(`${collection} has no searched text besides its title`)
  return name
}

const optionValue = (option: string | { value: string }) => (typeof option === 'string' ? option : option.value)

/**
 * Minimal valid content for one language, tagged so that every call is unique, derived from the
 * type's fields (a new content type is sampled without editing this file): the title, then every
 * required field — texts, rich texts, and choices (their default, else their first option).
 */
export function sample(collection: ContentCollectionSlug, lang: Lang, tag: string): Record<string, unknown> {
  const words =
    lang === 'it'
      ? { title: 'Titolo di prova', text: 'Testo in italiano' }
      : { title: 'Test title', text: 'English text' }
  const title = `${words.title} ${tag}`
  const text = `${words.text} ${tag}`
  const valueOf = (field: Field): unknown => {
    if (!('name' in field)) return undefined
    if (field.name === titleField[collection]) return title
    if (!('required' in field) || !field.required) return undefined
    switch (field.type) {
      case 'text':
      case 'textarea':
        return text
      case 'richText':
        return paragraphsToLexical([text])
      case 'select': {
        const value = field.defaultValue ?? optionValue(field.options[0]!)
        return field.hasMany && !Array.isArray(value) ? [value] : value
      }
      default:
        throw new Error(`No sample value for the required ${field.type} field ${field.name} of ${collection}`)
    }
  }
  return Object.fromEntries(
    contentTypes[collection].fields.flatMap((field) => {
      const value = valueOf(field)
      return value === undefined || !('name' in field) ? [] : [[field.name, value]]
    }),
  )
}

/** Only the localized fields of a sample: what a translator sends. */
export function localizedPart(collection: ContentCollectionSlug, lang: Lang, tag: string): Record<string, unknown> {
  const localized = new Set(
    contentTypes[collection].fields.flatMap((field) =>
      'name' in field && 'localized' in field && field.localized ? [field.name] : [],
    ),
  )
  return Object.fromEntries(Object.entries(sample(collection, lang, tag)).filter(([name]) => localized.has(name)))
}

let counter = 0
export const uniqueTag = () => `${Date.now().toString(36)}${(counter++).toString(36)}`
