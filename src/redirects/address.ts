/**
 * What a redirect's addresses may be: paths of this site, never another site's. An open redirect
 * (`//evil.example`, `https://evil.example`, `/\evil`, `javascript:`) would let anyone borrow the
 * practice's address to send visitors elsewhere, so anything that is not plainly a path here is
 * refused, with the reason, before it is stored.
 */

/** Long enough for any real address, short enough to stay an index key. */
export const MAX_PATH_LENGTH = 300

export type AddressProblem = 'empty' | 'tooLong' | 'notAPath' | 'otherSite' | 'badCharacters' | 'hasQuery'

export type AddressCheck = { path: string } | { problem: AddressProblem }

/** Control characters, whitespace (Unicode too) and backslashes: never in an address we write. */
const BAD_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/

/**
 * A same-site path from what an editor typed: `/faq.html`, or an absolute address on the site's own
 * host (`https://example.org/faq.html` → `/faq.html`, the query kept). `siteOrigin` is SITE_URL.
 */
export function sameSitePath(raw: unknown, siteOrigin: string): AddressCheck {
  const input = typeof raw === 'string' ? raw.trim() : ''
  if (input === '') return { problem: 'empty' }
  if (input.length > MAX_PATH_LENGTH) return { problem: 'tooLong' }
  if (BAD_CHARACTERS.test(input)) return { problem: 'badCharacters' }
  if (/^[a-z][a-z0-9+.-]*:/i.test(input)) return ownSitePath(input, siteOrigin)
  // `//host/…` is another site for a browser; anything not starting with `/` is not a path.
  if (!input.startsWith('/') || input.startsWith('//')) return { problem: 'notAPath' }
  return { path: withoutFragment(input) }
}

function ownSitePath(input: string, siteOrigin: string): AddressCheck {
  let url: URL
  try {
    url = new URL(input)
  } catch {
    return { problem: 'notAPath' }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: 'notAPath' }
  if (url.host !== new URL(siteOrigin).host || url.username || url.password) return { problem: 'otherSite' }
  return sameSitePath(url.pathname + url.search, siteOrigin)
}

/** A fragment never reaches the server: `/a#b` is the address `/a`. */
const withoutFragment = (path: string) => path.split('#')[0] || '/'

/**
 * The form of an address a redirect answers (its `from`), the same whichever way it was written or
 * requested: each segment percent-encoded once, no trailing slash (Next drops it before routing). A
 * query is refused: pages are found by their path, so a redirect from `/a?b` could never answer.
 */
export function redirectSource(raw: unknown, siteOrigin: string): AddressCheck {
  const checked = sameSitePath(raw, siteOrigin)
  if ('problem' in checked) return checked
  if (checked.path.includes('?')) return { problem: 'hasQuery' }
  return { path: canonicalPath(checked.path) }
}

/** `/it/città/` and `/it/citt%C3%A0` → `/it/citt%C3%A0`. */
export function canonicalPath(path: string): string {
  const segments = path.split('/').map((segment) => encodeURIComponent(safelyDecoded(segment)))
  const joined = segments.join('/')
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined
}

function safelyDecoded(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
