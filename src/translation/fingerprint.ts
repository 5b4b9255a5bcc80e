import { createHash } from 'node:crypto'

import { lexicalToPlainText } from '../data/lexical'
import { isEmptyValue } from '../hooks/emptyToNull'

/** The text a field says, whatever its form: rich text is compared by content, not formatting noise. */
export function comparableText(value: unknown): string {
  if (isEmptyValue(value)) return ''
  const text = typeof value === 'string' ? value : lexicalToPlainText(value)
  return text.replace(/\s+/g, ' ').trim()
}

/** A short, stable fingerprint of a field's text; null when the field is empty. */
export function fingerprint(value: unknown): string | null {
  const text = comparableText(value)
  return text === '' ? null : createHash('sha256').update(text).digest('hex').slice(0, 16)
}
