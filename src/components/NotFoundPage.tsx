import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { type ReactNode, Suspense } from 'react'

import { getSiteSettings } from '@/data/siteSettings'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { strictCsp } from '@/env'
import { NOT_FOUND_HEADER } from '@/security/notFoundHeader'
import { titled } from '@/site/metadata'
import { sectionPaths } from '@/site/urls'

import { isNotFoundError } from './notFoundError'
import { Page } from './Page'
import { SearchBox } from './SearchBox'

/**
 * The 404 page: the site's header, what happened, a search, the FAQ and the home page, in `locale`.
 * Complete without JavaScript. The language switcher leads to the other language's home page.
 */
export async function NotFoundPage({ locale }: { locale: Locale }) {
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: 'NotFound' }), getSiteSettings(locale)])
  return (
    <Page locale={locale} paths={sectionPaths('/')}>
      {/* A 404 has no metadata of its own: React puts this title in the head. */}
      <title>{titled(t('title'), settings.siteTitle)}</title>
      {/* Not a page of the site: its beacon counts nothing (public/language-switch.js). */}
      <h1 data-insights="skip">{t('title')}</h1>
      <p>{t('body')}</p>
      <p>{t('next')}</p>
      <SearchBox locale={locale} />
      <ul>
        <li>
          <Link href="/faq" locale={locale}>
            {t('faq')}
          </Link>
        </li>
        <li>
          <Link href="/" locale={locale}>
            {t('home')}
          </Link>
        </li>
      </ul>
    </Page>
  )
}

/** Gives up again, inside a Suspense boundary: Next sets the 404 status, the page around it stays. */
function Status404(): never {
  notFound()
}

type PageProps = { params: Promise<{ locale: string }> }

/**
 * A page that gives up with `notFound()` answers 404 with the complete 404 page, rendered on the
 * server. Next 16 renders a notFound() thrown by a page as an empty error shell
 * (`<html id="__next_error__">`, no lang, no title, no text) and leaves the not-found page to
 * the browser's JavaScript: React cannot catch the error while rendering HTML on the server. So
 * the page's own notFound() is caught here, and the 404 page is rendered in its place, with a
 * second notFound() inside a Suspense boundary for the status: Next sets 404 from it where it
 * prerenders the page (the page cache: entries' pages, search results), and the proxy has set it
 * already for unknown addresses (src/proxy.ts). In the browser that second notFound() reaches
 * the layout's not-found boundary, which shows the same page (not-found.tsx).
 *
 * Under the strict CSP every page is rendered per request, where the status can no longer change
 * once rendering has begun: there an entry's page (whose slug only it can check) still answers
 * with Next's error shell, which keeps the 404 status; an unknown address, answered 404 by the
 * proxy, gets the complete page.
 *
 * Anything else thrown (a redirect, an error) goes on to Next as before.
 */
export function orNotFoundPage<P extends PageProps>(page: (props: P) => Promise<ReactNode>) {
  return async function PageOrNotFound(props: P): Promise<ReactNode> {
    try {
      return await page(props)
    } catch (error) {
      if (!isNotFoundError(error)) throw error
      if (strictCsp() && (await headers()).get(NOT_FOUND_HEADER) !== '1') throw error
      const { locale } = await props.params
      return (
        <>
          <NotFoundPage locale={isLocale(locale) ? locale : defaultLocale} />
          <Suspense fallback={null}>
            <Status404 />
          </Suspense>
        </>
      )
    }
  }
}
