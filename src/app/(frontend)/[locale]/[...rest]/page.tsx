import { orNotFoundPage } from '@/components/NotFoundPage'
import { pageLocale } from '@/i18n/pageLocale'
import { strictCsp } from '@/env'
import { redirectOrNotFound } from '@/site/redirects'

type Props = { params: Promise<{ locale: string; rest: string[] }> }

/**
 * Rendered when first asked for, then kept in the page cache: a 404 costs one lookup. With the
 * strict CSP every page is rendered per request (a nonce each): one address rendered at build time
 * is how Next learns that this route is too (else every visitor of a 404 gets a 500).
 */
export const generateStaticParams = async () => (strictCsp() ? [{ rest: ['pagina-inesistente'] }] : [])

/**
 * Any path of three segments or more the site does not know (one or two segments reach the
 * generated section and entry routes, which answer them alike, src/site/sectionPage.tsx and
 * entryPage.tsx): a redirect from it when an editor made one (or a former address
 * of an entry), else the 404 page in the address's language. The address may also have been asked
 * for without a language — `/chi-sono` or an old site's `/faq.html`, sent here in Italian by the
 * proxy (src/proxy.ts) — so the redirect is looked up under both.
 */
export default orNotFoundPage(async function CatchAll({ params }: Props) {
  const locale = await pageLocale(params)
  const path = `/${(await params).rest.join('/')}`
  return redirectOrNotFound([`/${locale}${path}`, path])
})
