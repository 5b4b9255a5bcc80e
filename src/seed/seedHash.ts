import { createHash } from 'node:crypto'

/** What a value says and how: its text, bold/italic, links and blocks; not the editor's bookkeeping. */
function canonical(node: unknown): unknown {
  if (!node || typeof node !== 'object') return null
  const { type, text, format, fields, children } = node as {
    type?: string
    text?: unknown
    format?: unknown
    fields?: { url?: unknown }
    children?: unknown
  }
  if (typeof text === 'string') return [text, format ?? 0]
  const inner = Array.isArray(children) ? children.map(canonical) : []
  return type === 'link' ? ['link', fields?.url ?? null, inner] : [type ?? '', inner]
}

/**
 * A short fingerprint of a seeded value as stored: a string, or a Lexical document. The seed's
 * revisions (src/seed/revisions.ts) compare it with what the seed once wrote, to tell a text no one
 * has edited from one the coordinator changed.
 */
export function seedHash(value: unknown): string | null {
  if (value === null || value === undefined) return null
  const form = typeof value === 'string' ? value : canonical((value as { root?: unknown }).root)
  return createHash('sha256').update(JSON.stringify(form)).digest('hex').slice(0, 16)
}
