import type { NextRequest, NextResponse } from 'next/server'

import { isLocale } from '../i18n/locales'
import { pagePaths, searchResultsPath } from '../routing/paths'
import { searchToken } from './query'

/** The search page in each language (`/it/cerca`, `/en/search`). */
const searchPage = pagePaths('search')

/**
 * A search (`/it/cerca?q=…`, `/en/search?q=…`) is served by its own results page,
 * `/<locale>/search/<token>`, which the page cache keeps: the same search again costs no database
 * query and no rendering. `response` is the locale routing's answer for `request`; a redirect or
 * anything but a search with something to search for is left as it is.
 */
export function rewriteSearch(request: NextRequest, response: NextResponse): NextResponse {
  const { pathname, searchParams } = request.nextUrl
  const [, locale = ''] = pathname.split('/')
  if (!isLocale(locale) || pathname !== searchPage[locale]) return response
  if (response.status >= 300 && response.status < 400) return response
  const token = searchToken(searchParams.get('q') ?? '')
  if (!token) return response
  const target = new URL(searchResultsPath(locale, token), request.url)
  // What NextResponse.rewrite() sets, kept on the locale routing's own response (its headers).
  response.headers.delete('x-middleware-next')
  response.headers.set('x-middleware-rewrite', target.toString())
  return response
}
