import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { INTERNAL_TOKEN_HEADER, internalToken } from '../api/revalidateEndpoint'
import type { ContentCollectionSlug } from '../collections/slugs'
import { purgeEdge } from '../edge/purge'
import type { Locale } from '../i18n/locales'
import { internalPathsOf } from '../site/paths'

/** The route of every search's results page, route group included (Next's cache tags name it so). */
const SEARCH_RESULTS_ROUTE = '/(frontend)/[locale]/search/[query]'

type Slugs = Partial<Record<Locale, string | null>> | string | null | undefined

/**
 * Refreshes these app paths wherever they are cached: Next's page cache (shared by all instances
 * when it lives in Redis) and — once the response is sent, so that the publish's transaction has
 * committed — the edge cache. Outside Next (the job worker), an app instance is asked to do it
 * (SCENA_APP_URL); scripts and tests without either have nothing cached.
 */
async function revalidate(paths: string[], everything = false): Promise<void> {
  if (await revalidateInNext(paths, everything)) return
  await askAnAppInstance(paths, everything)
}

/** The refresh itself, inside a Next server; false when not running inside one. */
export async function revalidateInNext(paths: string[], everything = false): Promise<boolean> {
  try {
    const { revalidatePath } = await import('next/cache')
    if (everything) revalidatePath('/', 'layout')
    else revalidatePath(SEARCH_RESULTS_ROUTE, 'page') // any change may change what a search finds
    for (const path of new Set(paths)) revalidatePath(path)
  } catch {
    return false // no request of a Next server around this call
  }
  const purge = () => purgeEdge(paths, { everything })
  try {
    const { after } = await import('next/server')
    after(purge)
  } catch {
    await purge()
  }
  return true
}

async function askAnAppInstance(paths: string[], everything: boolean): Promise<void> {
  const app = process.env.SCENA_APP_URL
  if (!app) return
  try {
    const res = await fetch(`${app}/api/internal/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [INTERNAL_TOKEN_HEADER]: internalToken() },
      body: JSON.stringify({ paths, everything }),
      signal: AbortSignal.timeout(10_000),
    })
    if (!res.ok) throw new Error(`HTTP ${res.status}`)
  } catch (error) {
    console.warn(`[scena] Pages could not be refreshed through ${app}: ${(error as Error).message}`)
  }
}

const slugValues = (slugs: Slugs): string[] =>
  !slugs ? [] : typeof slugs === 'string' ? [slugs] : Object.values(slugs).filter((s): s is string => Boolean(s))

/**
 * Every page that can show this entry, in every locale, at its old and new slugs (an untranslated
 * entry uses its Italian slug); see src/site/paths.ts.
 */
export const pathsToRevalidate = (collection: ContentCollectionSlug, ...slugSets: Slugs[]): string[] =>
  internalPathsOf(collection, slugSets.flatMap(slugValues))

export const revalidateAfterChange =
  (collection: ContentCollectionSlug): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, context, req }) => {
    if (context.disableRevalidate) return doc
    // Slugs of every locale, old and new, whatever locale this save was made in.
    const all = await req.payload
      .findByID({ collection, id: doc.id, locale: 'all', depth: 0, draft: false, overrideAccess: true, req })
      .catch(() => null)
    await revalidate([
      ...pathsToRevalidate(collection, all?.slug as Slugs, doc.slug, previousDoc?.slug),
      '/sitemap.xml',
    ])
    return doc
  }

export const revalidateAfterDelete =
  (collection: ContentCollectionSlug): CollectionAfterDeleteHook =>
  async ({ doc, context }) => {
    if (!context.disableRevalidate) await revalidate([...pathsToRevalidate(collection, doc.slug), '/sitemap.xml'])
    return doc
  }

/** Site settings appear on every page. */
export const revalidateEverything: GlobalAfterChangeHook = async ({ doc, context }) => {
  if (!context.disableRevalidate) await revalidate([], true)
  return doc
}
