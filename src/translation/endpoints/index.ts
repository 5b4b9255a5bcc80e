import { translationStatusEndpoint } from './status'

export const translationEndpoints = [translationStatusEndpoint]
