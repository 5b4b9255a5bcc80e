import type { ContentCollectionSlug } from '../../../src/collections/slugs'
import { paragraphsToLexical } from '../../../src/fields/richText'

export type Lang = 'it' | 'en'

/** The field each content collection is titled by. */
export const titleField: Record<ContentCollectionSlug, string> = {
  faqs: 'question',
  services: 'title',
  'kit-items': 'name',
  associations: 'name',
}

/** Minimal valid content for one language, tagged so that every call is unique. */
export function sample(collection: ContentCollectionSlug, lang: Lang, tag: string): Record<string, unknown> {
  const words =
    lang === 'it'
      ? { title: 'Titolo di prova', text: 'Testo in italiano' }
      : { title: 'Test title', text: 'English text' }
  const title = `${words.title} ${tag}`
  const rich = paragraphsToLexical([`${words.text} ${tag}`])
  switch (collection) {
    case 'faqs':
      return { question: title, answer: rich, section: 'the-role' }
    case 'services':
      return { title, summary: `${words.text} ${tag}`, body: rich, contexts: ['film-tv'] }
    case 'kit-items':
      return { name: title, description: `${words.text} ${tag}`, useContext: 'set' }
    case 'associations':
      return { name: title, description: rich }
  }
}

/** Only the localized fields of a sample: what a translator sends. */
export function localizedPart(collection: ContentCollectionSlug, lang: Lang, tag: string): Record<string, unknown> {
  const { section: _s, contexts: _c, useContext: _u, ...rest } = sample(collection, lang, tag)
  return rest
}

let counter = 0
export const uniqueTag = () => `${Date.now().toString(36)}${(counter++).toString(36)}`
