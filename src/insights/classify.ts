import { normalizeQuery } from '../search/query'

/**
 * What a beacon may count, decided from the request alone and forgotten at once: nothing here is
 * stored but the outcome (count it or not), never the address or the user agent.
 */

/** A small list of crawlers, monitors and tools: they do not read pages, so their visits are not counted. */
const BOT_PATTERN =
  /bot\b|bot\/|crawl|spider|slurp|mediapartners|facebookexternalhit|embedly|preview|lighthouse|pagespeed|headless|phantomjs|puppeteer|playwright|selenium|curl\/|wget\/|python-requests|python-urllib|httpclient|okhttp|go-http-client|node-fetch|axios\/|uptime|pingdom|monitor|validator|scrapy|feedfetcher|^$/i

export const isBot = (userAgent: string | null | undefined): boolean => BOT_PATTERN.test((userAgent ?? '').trim())

/** Why a request is not counted (then it is answered 204 all the same), or null to count it. */
export type NotCounted = 'privacy-signal' | 'bot' | 'prefetch' | 'preview' | null

export function notCounted(headers: Headers): NotCounted {
  if (headers.get('sec-gpc')?.trim() === '1' || headers.get('dnt')?.trim() === '1') return 'privacy-signal'
  if (isBot(headers.get('user-agent'))) return 'bot'
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-moz') ?? ''}`
  if (/prefetch|prerender/i.test(purpose)) return 'prefetch'
  // The admin looking at a draft (Next's draft mode cookie), or a signed-in staff member's own visit.
  const cookie = headers.get('cookie') ?? ''
  if (/(^|;\s*)(__prerender_bypass|payload-token)=/.test(cookie)) return 'preview'
  return null
}

/**
 * A search as counted: as the site search bounds and tidies it (src/search/query.ts: spaces
 * collapsed, at most MAX_QUERY_LENGTH characters and MAX_QUERY_TERMS words), then folded as its
 * full-text match folds it (case and accents), so «Nudità », «nudita» and «NUDITÀ» are one search.
 */
export function insightsQuery(raw: string): string {
  const { text } = normalizeQuery(raw)
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLocaleLowerCase('und')
}

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

/**
 * The host of the page that led here, without anything else of its address; '' for none, for
 * this site itself, or for anything that is not a plain web address.
 */
export function referrerHost(referrer: unknown, ownHost: string): string {
  if (typeof referrer !== 'string' || referrer === '' || referrer.length > 2048) return ''
  let url: URL
  try {
    url = new URL(referrer)
  } catch {
    return ''
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return ''
  const host = url.hostname.toLowerCase().replace(/^www\./, '')
  if (!HOST.test(host) || host === ownHost.toLowerCase().replace(/^www\./, '')) return ''
  return host
}
