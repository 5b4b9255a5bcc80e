'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'

import type { Suggestion } from '../../translation/memory'
import { placeSuggestion } from '../../translation/placeSuggestion'
import { useAdminText } from './useAdminText'

/**
 * Exact matches from the translation memory for one English field: the approved English of the
 * same Italian elsewhere, its origin, and an "Insert" button each. Inserting only fills the form
 * (the translator checks and saves; the save stamps the field as usual).
 */
export function MemorySuggestions({
  suggestions,
  italian,
  english,
  onInsert,
}: {
  suggestions: Suggestion[]
  italian: unknown
  english: unknown
  onInsert: (value: unknown) => void
}) {
  const text = useAdminText()
  const { i18n } = useTranslation()
  const { getEntityConfig } = useConfig()
  const where = ({ collection, field }: Suggestion['origin']) => {
    const config = getEntityConfig({ collectionSlug: collection })
    const label = config ? getTranslation(config.labels.singular, i18n) : collection
    const fieldConfig = config?.fields.find((f: ClientField) => 'name' in f && f.name === field)
    const fieldLabel =
      fieldConfig && 'label' in fieldConfig && fieldConfig.label ? getTranslation(fieldConfig.label, i18n) : field
    return `${label}, ${fieldLabel}`
  }
  return (
    <div className="scena-memory">
      <span className="scena-source__title">{text('scena:memoryTitle')}</span>
      <p className="scena-source--note">{text('scena:memoryIntro')}</p>
      <ul>
        {suggestions.map((suggestion, i) => {
          const placed = placeSuggestion(suggestion, italian, english)
          const part =
            suggestion.scope === 'field'
              ? text('scena:memoryWholeField')
              : text('scena:memoryParagraph', { n: (suggestion.paragraph ?? 0) + 1 })
          return (
            <li key={i} data-testid="memory-suggestion">
              <p>
                <strong>{part}</strong>: <span lang="en">{suggestion.english}</span>
              </p>
              <p className="scena-source--note">
                {text('scena:memoryOrigin', { entry: suggestion.origin.title, where: where(suggestion.origin) })}
              </p>
              {placed === null ? (
                <p className="scena-source--note">{text('scena:memoryCannotPlace')}</p>
              ) : (
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  onClick={() => onInsert(placed)}
                  aria-label={`${text('scena:memoryInsert')}: ${part}`}
                >
                  {text('scena:memoryInsert')}
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
