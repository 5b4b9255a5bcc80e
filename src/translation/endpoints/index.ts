import { translationConfirmEndpoint } from './confirm'
import { translationSourceEndpoint } from './source'
import { translationStatusEndpoint } from './status'
import { xliffExportEndpoint, xliffImportEndpoint } from './xliff'

export const translationEndpoints = [
  translationStatusEndpoint,
  translationSourceEndpoint,
  translationConfirmEndpoint,
  xliffExportEndpoint,
  xliffImportEndpoint,
]
