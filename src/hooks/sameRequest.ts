import type { PayloadRequest } from 'payload'

/**
 * Runs Local API calls inside a hook, in the hook's transaction (`req`), without changing the
 * operation around it: Payload sets `req.locale`, `req.fallbackLocale` and `req.context` on the
 * request it is given, so a read in `locale: 'all'` from a beforeChange hook would make the save
 * itself write in no language, and what a hook keeps in `context` for a later one would be lost.
 * They are put back afterwards.
 */
export async function inSameRequest<T>(req: PayloadRequest, calls: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale, context } = req
  try {
    return await calls()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
    req.context = context
  }
}
