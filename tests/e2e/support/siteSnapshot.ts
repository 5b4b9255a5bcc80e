/**
 * What visitors and crawlers get from the public site, as data: the sitemap, and for every page in
 * it (and a few that are not: the search, 404s) the status, the headers that matter and every link
 * the page carries (canonical, alternates, share card, anchors). What changes with each request or
 * build (dates, request ids, cache state, nonces) and the address the site runs at are left out, so
 * that two builds of the same content compare equal. tests/e2e/site-snapshot.e2e.ts compares it with
 * the record in tests/e2e/fixtures/site-snapshot.json.
 */

/** Headers a visitor's browser, a crawler or the edge acts on. */
const keptHeaders = [
  'cache-control',
  'content-language',
  'content-security-policy',
  'content-type',
  'link',
  'location',
  'permissions-policy',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'x-robots-tag',
]

/** Pages that are not in the sitemap but are part of the public site. */
const extraPages = [
  '/',
  '/it/cerca',
  '/en/search',
  '/it/cerca?q=set',
  '/en/search?q=set',
  '/it/pagina-che-non-esiste',
  '/en/no-such-page',
]

export interface PageSnapshot {
  status: number
  headers: Record<string, string>
  links: string[]
}

export interface SiteSnapshot {
  sitemap: string[]
  pages: Record<string, PageSnapshot>
}

/** An address without the site's own origin (`https://example.org/it` → `/it`); others as they are. */
const withoutOrigin = (url: string, origins: Set<string>): string => {
  const match = /^https?:\/\/[^/]+/.exec(url)
  return match && origins.has(match[0]) ? url.slice(match[0].length) || '/' : url
}

/**
 * A share card's address (`/share/it/<signed token>.png`) as what it shows: the token's content
 * without its version (the time the settings were saved) and signature (the secret's).
 */
export function shareCardContent(link: string): string {
  return link.replace(/\/share\/(\w+)\/([\w-]+)\.[\w.-]+\.png/g, (_, locale: string, token: string) => {
    const { version: _version, ...card } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'))
    return `/share/${locale}/${JSON.stringify(card, Object.keys(card).sort())}`
  })
}

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')

/** Every link of a page: `<a href>`, `<link rel href hreflang>`, and the share card's addresses. */
function linksOf(html: string, origins: Set<string>): string[] {
  const links = new Set<string>()
  for (const [tag] of html.matchAll(/<(a|link)\b[^>]*>/g)) {
    const href = /\shref="([^"]*)"/.exec(tag)?.[1]
    if (!href || href.startsWith('/_next/')) continue
    const rel = /\srel="([^"]*)"/.exec(tag)?.[1]
    const hreflang = /\shreflang="([^"]*)"/.exec(tag)?.[1]
    const kind = tag.startsWith('<a') ? 'a' : `link ${rel ?? ''}${hreflang ? ` ${hreflang}` : ''}`
    // Stylesheets and scripts carry the build's hashes; fonts and icons are the build's too.
    if (/^link (stylesheet|preload|modulepreload|expect|icon|apple-touch-icon)/.test(kind)) continue
    links.add(`${kind} ${withoutOrigin(decodeEntities(href), origins)}`)
  }
  for (const [, property, content] of html.matchAll(
    /<meta (?:property|name)="((?:og|twitter):[^"]*)" content="([^"]*)"/g,
  )) {
    if (/^(og:url|og:image|twitter:image)$/.test(property!))
      links.add(`meta ${property} ${shareCardContent(withoutOrigin(decodeEntities(content!), origins))}`)
  }
  return [...links].sort()
}

function headersOf(res: Response, origins: Set<string>): Record<string, string> {
  const kept: Record<string, string> = {}
  for (const name of keptHeaders) {
    const value = res.headers.get(name)
    if (value === null) continue
    kept[name] = withoutOrigin(value, origins)
      .replace(/'nonce-[^']+'/g, "'nonce'")
      .replace(/<https?:\/\/[^/>]+/g, '<')
  }
  return kept
}

export async function siteSnapshot(base: string, siteOrigin = base): Promise<SiteSnapshot> {
  const origins = new Set([new URL(base).origin, new URL(siteOrigin).origin])
  const xml = await (await fetch(`${base}/sitemap.xml`)).text()
  const sitemap = [...xml.matchAll(/<(loc|xhtml:link)\b[^>]*?(?:href="([^"]*)"[^>]*)?>([^<]*)/g)]
    .map(([tag, , href, loc]) => {
      const hreflang = /hreflang="([^"]*)"/.exec(tag!)?.[1]
      return hreflang ? `  ${hreflang} ${withoutOrigin(href!, origins)}` : withoutOrigin(loc!.trim(), origins)
    })
    .filter(Boolean)
  const paths = [...new Set([...sitemap.filter((line) => !line.startsWith(' ')), ...extraPages])]
  const pages: Record<string, PageSnapshot> = {}
  for (const path of paths) {
    const res = await fetch(`${base}${path}`, { redirect: 'manual' })
    const html = (res.headers.get('content-type') ?? '').includes('text/html') ? await res.text() : ''
    pages[path] = { status: res.status, headers: headersOf(res, origins), links: linksOf(html, origins) }
  }
  return { sitemap, pages }
}
