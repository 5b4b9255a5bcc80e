import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { type ContentCollectionSlug, contentCollectionSlugs } from '../../collections/slugs'
import { serverText } from '../../errors'
import { isEmptyValue } from '../../fields/richText'
import type { ServerMessage } from '../../i18n/serverMessages'
import { translatableFields } from '../fields'
import { translationIntentKey } from '../track'
import { latestInAllLocales } from '../values'
import { fingerprint } from '../fingerprint'
import { sourceLocale, targetLocale } from '../locales'
import { readXliff, type ParsedUnit } from './parse'
import { decodePlainText, decodeRichText, knownNodes, RichTextError } from './richText'
import { parseUnitId } from './unitId'

export type UnitResult = 'applied' | 'conflict' | 'rejected' | 'skipped'

export interface UnitReport {
  id: string
  result: UnitResult
  /** Why it was not applied: a stable code, and the reason in the request's language. */
  code?: ServerMessage
  reason?: string
}

export interface ImportReport {
  applied: number
  conflicts: number
  rejected: number
  units: UnitReport[]
}

/** One document's English fields from the file, written in one update. */
interface DocumentUpdate {
  collection: ContentCollectionSlug
  id: number
  data: Record<string, unknown>
  /** Per field, the Italian (fingerprint) the English was translated from: the unit's. */
  madeFrom: Record<string, string>
  units: UnitReport[]
}

type Documents = Map<string, Record<string, unknown>>
const docKey = (collection: string, id: number | string) => `${collection}/${id}`

/** The current Italian and English of every document the file names, read in all locales. */
async function loadDocuments(payload: Payload, units: readonly ParsedUnit[]): Promise<Documents> {
  const ids = new Map<ContentCollectionSlug, Set<number>>()
  for (const { id } of units) {
    const address = parseUnitId(id)
    const collection = contentCollectionSlugs.find((slug) => slug === address?.collection)
    if (address && collection) ids.set(collection, (ids.get(collection) ?? new Set()).add(address.id))
  }
  const documents: Documents = new Map()
  for (const [collection, set] of ids) {
    const docs = await latestInAllLocales(payload, collection, { ids: set })
    for (const doc of docs) documents.set(docKey(collection, doc.id), doc)
  }
  return documents
}

/** JSON with keys sorted: PostgreSQL does not keep the key order of a stored rich-text document. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  )
const sameContent = (a: unknown, b: unknown) => !isEmptyValue(b) && canonical(a) === canonical(b)

/** What one unit would write, or why it writes nothing. */
function planUnit(
  req: PayloadRequest,
  unit: ParsedUnit,
  documents: Documents,
): {
  report: UnitReport
  write?: { collection: ContentCollectionSlug; id: number; field: string; value: unknown; madeFrom: string }
} {
  const say = (result: UnitReport['result'], code: ServerMessage, vars?: Record<string, unknown>) => ({
    report: { id: unit.id, result, code, reason: serverText(req, code, vars) },
  })
  const reject = (code: ServerMessage, vars?: Record<string, unknown>) => say('rejected', code, vars)
  const address = parseUnitId(unit.id)
  if (!address) return reject('importNotOurs')
  const collection = contentCollectionSlugs.find((slug) => slug === address.collection)
  if (!collection) return reject('importUnknownCollection', { value: address.collection })
  const fields = translatableFields(req.payload.collections[collection].config.fields)
  const field = fields.find((f) => f.name === address.field)
  if (!field) return reject('importNotTranslatable', { field: address.field, collection })
  const doc = documents.get(docKey(collection, address.id))
  if (!doc) return reject('importNoEntry', { collection, id: address.id })
  const value = (doc[field.name] ?? {}) as Record<string, unknown>
  if (fingerprint(value[sourceLocale]) !== address.fingerprint) return say('conflict', 'importItalianChanged')
  if (unit.incomplete) return reject('importIncomplete')
  if (unit.target === null) return say('skipped', 'importNoTarget')
  let english: unknown
  try {
    english =
      field.kind === 'richText'
        ? decodeRichText(unit.target, knownNodes(value[sourceLocale], value[targetLocale]))
        : decodePlainText(unit.target)
  } catch (error) {
    if (error instanceof RichTextError) return reject('importUnreadable', { detail: error })
    throw error
  }
  if (typeof english === 'string' && english.includes('\u0000')) return reject('importNul')
  // An empty target never erases an English text.
  if (isEmptyValue(english)) return say('skipped', 'importEmpty')
  // Re-importing what is already there would only add a draft version to review.
  if (sameContent(english, value[targetLocale])) return say('skipped', 'importUnchanged')
  return {
    report: { id: unit.id, result: 'applied' },
    write: { collection, id: address.id, field: field.name, value: english, madeFrom: address.fingerprint },
  }
}

const summary = (units: UnitReport[]): ImportReport => ({
  applied: units.filter((u) => u.result === 'applied').length,
  conflicts: units.filter((u) => u.result === 'conflict').length,
  rejected: units.filter((u) => u.result === 'rejected').length,
  units,
})

/**
 * Writes the updates as English drafts in one transaction, with the caller's rights (a translator
 * writes English only). Returns the update that failed, after rolling everything back.
 */
async function applyAll(
  req: PayloadRequest,
  updates: readonly DocumentUpdate[],
): Promise<{ failed: DocumentUpdate; error: unknown } | null> {
  // The Local API sets req.locale to the locale it writes: the request keeps its own.
  const { locale, fallbackLocale } = req
  const ownTransaction = await initTransaction(req)
  let current: DocumentUpdate | undefined
  try {
    for (const update of updates) {
      current = update
      await req.payload.update({
        collection: update.collection,
        id: update.id,
        locale: targetLocale,
        draft: true,
        depth: 0,
        data: { ...update.data, _status: 'draft' },
        req,
        user: req.user,
        overrideAccess: false,
        // A draft does not change any public page. Stamped with the Italian the file was made from,
        // so an Italian edit made since the check still shows as outdated.
        context: { disableRevalidate: true, [translationIntentKey]: { madeFrom: update.madeFrom } },
      })
    }
    if (ownTransaction) await commitTransaction(req)
    return null
  } catch (error) {
    await killTransaction(req)
    if (!current) throw error
    return { failed: current, error }
  } finally {
    Object.assign(req, { locale, fallbackLocale })
  }
}

/**
 * The client's fault (4xx) keeps its status and message (Payload's and ours are in the request's
 * language); anything else is the server's.
 */
function failureOf(req: PayloadRequest, error: unknown): { status: number; message: string } {
  const status = error instanceof APIError ? error.status : 500
  if (status >= 400 && status < 500) return { status, message: (error as Error).message }
  return { status: 500, message: serverText(req, 'importServerFailed') }
}

/**
 * Imports an XLIFF 2.0 file of English translations. The file as a whole must be valid (else
 * XliffFileError, nothing written). Each unit is checked on its own: one exported from an Italian
 * text that has changed since is a conflict, one that names nothing known or cannot be read is
 * rejected, an empty one skipped. The rest is written as English drafts, all or nothing.
 */
export async function importXliff(req: PayloadRequest, xml: string): Promise<{ status: number; report: ImportReport }> {
  const units = readXliff(xml)
  const documents = await loadDocuments(req.payload, units)
  const seen = new Set<string>()
  const reports: UnitReport[] = []
  const updates = new Map<string, DocumentUpdate>()
  for (const unit of units) {
    if (seen.has(unit.id)) {
      reports.push({
        id: unit.id,
        result: 'rejected',
        code: 'importDuplicate',
        reason: serverText(req, 'importDuplicate'),
      })
      continue
    }
    seen.add(unit.id)
    const { report, write } = planUnit(req, unit, documents)
    reports.push(report)
    if (!write) continue
    const key = docKey(write.collection, write.id)
    const update = updates.get(key) ?? { collection: write.collection, id: write.id, data: {}, madeFrom: {}, units: [] }
    update.data[write.field] = write.value
    update.madeFrom[write.field] = write.madeFrom
    update.units.push(report)
    updates.set(key, update)
  }
  const failure = updates.size > 0 ? await applyAll(req, [...updates.values()]) : null
  if (!failure) return { status: 200, report: summary(reports) }

  const { status, message } = failureOf(req, failure.error)
  if (status === 500) req.payload.logger.error({ err: failure.error, msg: 'XLIFF import rolled back' })
  const failedIds = failure.failed.units.map((u) => u.id).join(', ')
  for (const update of updates.values()) {
    for (const report of update.units) {
      report.result = 'rejected'
      report.code = update === failure.failed ? 'importNotSaved' : 'importRolledBack'
      report.reason =
        update === failure.failed
          ? serverText(req, 'importNotSaved', { reason: message })
          : serverText(req, 'importRolledBack', { units: failedIds, count: failure.failed.units.length })
    }
  }
  return { status, report: summary(reports) }
}
