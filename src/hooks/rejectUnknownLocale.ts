import { type CollectionConfig, type GlobalConfig, type PayloadRequest } from 'payload'

import { RequestError } from '../errors'
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
      throw new RequestError(`Unknown ${param} "${value.slice(0, 40)}": use one of ${locales.join(', ')} or all.`, 400)
    }
  }
}

/** Adds the locale check to every REST/GraphQL operation of these collections and globals. */
export function withLocaleCheck<T extends CollectionConfig | GlobalConfig>(configs: T[]): T[] {
  return configs.map((config) => ({
    ...config,
    hooks: {
      ...config.hooks,
      beforeOperation: [
        ({ req }: { req: PayloadRequest }) => assertKnownLocale(req),
        ...((config.hooks?.beforeOperation ?? []) as never[]),
      ],
    },
  }))
}
