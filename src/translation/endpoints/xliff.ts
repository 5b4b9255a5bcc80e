import { type Endpoint, type PayloadRequest } from 'payload'

import { RequestError } from '../../errors'
import { entryId } from '../entryId'
import { exportXliff, type ExportScope } from '../xliff/exportXliff'
import { importXliff } from '../xliff/importXliff'
import { XliffFileError } from '../xliff/xml'
import { collectionsParam, requireTranslationStaff } from './access'

/** Larger than any export of the practice's content by far; bounds what an import parses. */
export const maxImportBytes = 5 * 1024 * 1024

const scopes: readonly ExportScope[] = ['needs-work', 'all']

function idsParam(value: string | null, collection: string | null): number[] | undefined {
  if (value === null || value === '') return undefined
  if (!collection) throw new RequestError('Give the collection the ids belong to, e.g. ?collection=faqs&ids=1,2.', 400)
  if (!/^\d+(,\d+)*$/.test(value)) {
    throw new RequestError(`Invalid ids "${value}": give entry ids separated by commas, e.g. ids=1,2.`, 400)
  }
  const ids = value.split(',').map((id) => ({ id, entry: entryId(id) }))
  const unknown = ids.find(({ entry }) => entry === null)
  if (unknown) throw new RequestError(`No ${collection} entry with id ${unknown.id}.`, 400)
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
    const collections = collectionsParam(collection)
    const scope = (req.searchParams.get('scope') || 'needs-work') as ExportScope
    if (!scopes.includes(scope)) {
      throw new RequestError(`Unknown scope "${scope}". Use one of: ${scopes.join(', ')}.`, 400)
    }
    const ids = idsParam(req.searchParams.get('ids'), collection)
    const xml = await exportXliff(req.payload, { collections, scope, ids })
    if (xml === null) {
      throw new RequestError('Nothing to translate: every selected entry has a complete English text.', 404)
    }
    return new Response(xml, {
      headers: {
        'Content-Type': 'application/xliff+xml; charset=utf-8',
        'Content-Disposition': `attachment; filename="scena-${collection || 'all'}-en.xlf"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

const tooLarge = () =>
  new RequestError(`The file is larger than ${maxImportBytes / 1024 / 1024} MB: split the export.`, 413)

/** The raw body as UTF-8 text, read no further than the limit. */
async function readBody(req: PayloadRequest): Promise<string> {
  if (Number(req.headers.get('content-length')) > maxImportBytes) throw tooLarge()
  const reader = req.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxImportBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks))
  } catch {
    throw new RequestError('The file is not UTF-8 text.', 400)
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
    if (xml.trim() === '') throw new RequestError('Send the XLIFF file as the request body.', 400)
    try {
      const { status, report } = await importXliff(req, xml)
      return Response.json(report, { status, headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (error instanceof XliffFileError) throw new RequestError(error.message, 400)
      throw error
    }
  },
}
