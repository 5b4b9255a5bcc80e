import { type CollectionConfig, type GlobalConfig, type PayloadRequest } from 'payload'

import { refusal } from '../errors'
import { locales } from '../i18n/locales'

const accepted = new Set<string>([...locales, 'all', '*'])

/**
 * Payload quietly serves the default locale for an unknown `?locale=`; an API client that asked for
 * `fr` or `EN` deserves to know instead (400 with the accepted values).
 */
export function assertKnownLocale(req: PayloadRequest): void {
  for (const param of ['locale', 'fallback-locale', 'fallbackLocale']) {
    const value = req.searchParams?.get(param)
    if (value === null || value === undefined) continue
    if (param !== 'locale' && (value === 'none' || value === 'false' || value === 'null')) continue
    if (!accepted.has(value)) {
      throw refusal(req, 400, 'apiUnknownLocale', { param, value: value.slice(0, 40), list: locales.join(', ') })
    }
  }
}

type BeforeOperation = (args: { req: PayloadRequest }) => unknown

/**
 * Adds the request checks to every REST operation of these collections and globals, before their
 * own hooks: the locale check for all, and `extra` (e.g. `rejectBadQuery` for collections).
 */
export function withRequestChecks<T extends CollectionConfig | GlobalConfig>(
  configs: T[],
  extra: BeforeOperation[] = [],
): T[] {
  return configs.map((config) => ({
    ...config,
    hooks: {
      ...config.hooks,
      beforeOperation: [
        ({ req }: { req: PayloadRequest }) => assertKnownLocale(req),
        ...extra,
        ...(config.hooks?.beforeOperation ?? []),
      ],
    },
  }))
}
