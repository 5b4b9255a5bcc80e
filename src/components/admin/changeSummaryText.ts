import type { AdminKey } from '../../i18n/admin'
import type { ChangeSummary } from '../../translation/diff'

type Text = (key: AdminKey, vars?: Record<string, unknown>) => string

/**
 * "+2 words, −1 word" (or why there is no such line), in the admin language; `short` for the
 * Translations view's one line per field. Shared by client and server components.
 */
export function changeSummaryText(changes: ChangeSummary, text: Text, short = false): string {
  if (changes.status === 'unrecorded') return text(short ? 'scena:noEarlierItalianShort' : 'scena:noEarlierItalian')
  if (changes.status === 'too-large') return text(short ? 'scena:changesTooLargeShort' : 'scena:changesTooLarge')
  if (changes.inserted === 0 && changes.deleted === 0) return text('scena:punctuationOnly')
  return [
    changes.inserted > 0 ? text('scena:wordsAdded', { count: changes.inserted }) : null,
    changes.deleted > 0 ? text('scena:wordsRemoved', { count: changes.deleted }) : null,
  ]
    .filter(Boolean)
    .join(', ')
}
