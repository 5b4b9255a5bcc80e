import { type Endpoint, type PayloadRequest } from 'payload'

import { readBodyUpTo } from '../../api/readBodyUpTo'
import { CodedError, RequestError, refusal, serverText } from '../../errors'
import { entryId } from '../entryId'
import { exportXliff, type ExportScope } from '../xliff/exportXliff'
import { importXliff } from '../xliff/importXliff'
import { XliffFileError } from '../xliff/xml'
import { collectionsParam, requireTranslationStaff } from './access'

/** Larger than any export of the practice's content by far; bounds what an import parses. */
export const maxImportBytes = 5 * 1024 * 1024

const scopes: readonly ExportScope[] = ['needs-work', 'all']

function idsParam(req: PayloadRequest, value: string | null, collection: string | null): number[] | undefined {
  if (value === null || value === '') return undefined
  if (!collection) throw refusal(req, 400, 'errGiveIdsCollection')
  if (!/^\d+(,\d+)*$/.test(value)) throw refusal(req, 400, 'errInvalidIds', { value })
  const ids = value.split(',').map((id) => ({ id, entry: entryId(id) }))
  const unknown = ids.find(({ entry }) => entry === null)
  if (unknown) throw refusal(req, 400, 'errNoEntry', { collection, id: unknown.id })
  return [...new Set(ids.map(({ entry }) => entry as number))]
}

/**
 * GET /api/xliff/export?collection=faqs&scope=needs-work|all&ids=1,2 — an XLIFF 2.0 file of the
 * English to write. Without collection: every content collection. scope needs-work (default):
 * only the fields whose English is missing or outdated; ids narrow either scope.
 */
export const xliffExportEndpoint: Endpoint = {
  path: '/xliff/export',
  method: 'get',
  handler: async (req) => {
    requireTranslationStaff(req)
    const collection = req.searchParams.get('collection')
    const collections = collectionsParam(req, collection)
    const scope = (req.searchParams.get('scope') || 'needs-work') as ExportScope
    if (!scopes.includes(scope)) throw refusal(req, 400, 'errUnknownScope', { value: scope, list: scopes.join(', ') })
    const ids = idsParam(req, req.searchParams.get('ids'), collection)
    const xml = await exportXliff(req.payload, { collections, scope, ids }).catch((error: unknown) => {
      if (error instanceof CodedError) throw refusal(req, 400, error.code, error.vars)
      throw error
    })
    if (xml === null) throw refusal(req, 404, 'errNothingToTranslate')
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="scena-${collection || 'all'}-en.xlf"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

const tooLarge = (req: PayloadRequest) => refusal(req, 413, 'errFileTooLarge', { mb: maxImportBytes / 1024 / 1024 })

/** The raw body as UTF-8 text, read no further than the limit. */
async function readBody(req: PayloadRequest): Promise<string> {
  if (Number(req.headers.get('content-length')) > maxImportBytes) throw tooLarge(req)
  const bytes = await readBodyUpTo(req.body, maxImportBytes)
  if (!bytes) throw tooLarge(req)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw refusal(req, 400, 'errNotUtf8')
  }
}

/**
 * POST /api/xliff/import with the XLIFF 2.0 file as the body: English targets become drafts,
 * all or nothing. 200 with a per-unit report; 400 for a file that cannot be read (nothing
 * written); 4xx/500 with the report when a write fails (everything rolled back).
 */
export const xliffImportEndpoint: Endpoint = {
  path: '/xliff/import',
  method: 'post',
  handler: async (req) => {
    requireTranslationStaff(req)
    const xml = await readBody(req)
    if (xml.trim() === '') throw refusal(req, 400, 'errNoFile')
    try {
      const { status, report } = await importXliff(req, xml)
      return Response.json(report, { status, headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      // The message says the file cannot be read and why; the code is the reason's own.
      if (error instanceof XliffFileError) {
        throw new RequestError(serverText(req, 'errXliffFile', { detail: error }), 400, error.code, error.data)
      }
      throw error
    }
  },
}
