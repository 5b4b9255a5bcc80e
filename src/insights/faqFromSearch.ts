import type { PayloadRequest } from 'payload'

import { MAX_QUERY_LENGTH } from '../search/query'

/** The admin address that starts a new FAQ from a search that found nothing (Statistiche → "Crea…"). */
export function createFaqFromSearch(adminRoute: string, query: string, locale: string): string {
  const params = new URLSearchParams({ locale, question: query })
  return `${adminRoute}/collections/faqs/create?${params}`
}

/**
 * The new FAQ's question, from that address: the admin's create view parses its query into
 * `req.query`, so the form opens with the visitor's own words. Nothing for any other request.
 */
export function questionFromSearch({ req }: { req: PayloadRequest }): string | undefined {
  const question = req.query?.question
  return typeof question === 'string' && question.length <= MAX_QUERY_LENGTH ? question.trim() || undefined : undefined
}
