import { entryId } from '../entryId'

/**
 * A unit id says where its text goes and which Italian it was exported from:
 * `<collection>.<document id>.<field>.<fingerprint of the Italian text>`, e.g.
 * `faqs.12.answer.3f9c0a1b2d4e5f60`. Valid as an XLIFF id (an XML NMTOKEN).
 */
export interface UnitAddress {
  collection: string
  id: number
  field: string
  fingerprint: string
}

export const formatUnitId = ({ collection, id, field, fingerprint }: UnitAddress): string =>
  `${collection}.${id}.${field}.${fingerprint}`

const pattern = /^([a-z0-9-]+)\.([0-9]+)\.([A-Za-z0-9_]+)\.([0-9a-f]{16})$/

/** The address in a unit id, or null when the id was not made by Scena. */
export function parseUnitId(unitId: string): UnitAddress | null {
  const match = pattern.exec(unitId)
  if (!match) return null
  const [, collection = '', id = '', field = '', fingerprint = ''] = match
  const entry = entryId(id)
  return entry === null ? null : { collection, id: entry, field, fingerprint }
}
