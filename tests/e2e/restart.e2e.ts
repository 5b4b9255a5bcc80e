import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/fields/richText'
import { makeTempDir, removeDir } from '../int/support/tempDir'
import { adminApi } from './support/api'
import { type RunningServer, startServer } from './support/server'

/**
 * What was deleted, unpublished, renamed or changed before a restart is never served after it, and
 * one build serves correctly at whatever address it is started with: `npm start` of the current
 * build on its own database and port, restarted by SIGTERM and by kill -9 with no request in
 * between. It shares the build's page cache with any other `npm start` of this checkout, so it runs
 * only when asked (E2E_RESTART=1) and while no other server of the checkout runs (see .ci/run).
 */
const enabled = process.env.E2E_RESTART === '1'
const port = Number(process.env.E2E_RESTART_PORT || 3200)
const databasePort = Number(process.env.E2E_RESTART_PG_PORT || 54392)
const tag = Date.now().toString(36)

let dataDir = ''
let server: RunningServer | undefined
let api: Awaited<ReturnType<typeof adminApi>>

const options = (env: Record<string, string> = {}) => ({
  port,
  dataDir: `${dataDir}/postgres`,
  databasePort,
  log: `${dataDir}/server.log`,
  // Due jobs (scheduled publishes) every two seconds.
  env: {
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'restart-test-secret',
    SCENA_JOBS_CRON: '*/2 * * * * *',
    ...env,
  },
})

async function start(env?: Record<string, string>): Promise<RunningServer> {
  server = await startServer(options(env))
  return server
}

async function restart(signal: 'SIGTERM' | 'SIGKILL', env?: Record<string, string>): Promise<void> {
  await server!.stop(signal)
  await start(env)
}

const base = () => server!.url

async function page(path: string) {
  const res = await fetch(`${base()}${path}`, { redirect: 'manual' })
  return { status: res.status, html: await res.text(), headers: res.headers }
}

/** Opens a page twice: the second answer comes from the page cache. */
async function cached(path: string): Promise<string> {
  await page(path)
  const again = await page(path)
  expect(again.status, path).toBe(200)
  if (path !== '/sitemap.xml') expect(again.headers.get('x-nextjs-cache'), path).toBe('HIT')
  return again.html
}

/** A published FAQ in both languages whose question ("… <word>?") and answer carry `word`. */
async function publishFaq(word: string) {
  const { doc } = await api('POST', '/api/faqs?locale=it', {
    question: `Domanda ${word}?`,
    answer: paragraphsToLexical([`Risposta ${word}.`]),
    section: 'working-together',
    order: 90,
    _status: 'published',
  })
  await api('PATCH', `/api/faqs/${doc.id}?locale=en`, {
    question: `Question ${word}?`,
    answer: paragraphsToLexical([`Answer ${word}.`]),
    _status: 'published',
  })
  const { slug } = await api('GET', `/api/faqs/${doc.id}?locale=all&depth=0`)
  const paths = { it: `/it/domande-frequenti/${slug.it}`, en: `/en/faq/${slug.en}` }
  return { id: doc.id as number, slug: slug as { it: string; en: string }, paths }
}

/** Pages that list the entry (a search page also repeats the word searched for: the question is what counts). */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '')
const listings = (word: string) => ['/it/domande-frequenti', '/en/faq', `/it/cerca?q=${word}`, `/en/search?q=${word}`]

/** Caches the entry's pages and every page that lists it, each seen with the entry on it. */
async function viewEverywhere(word: string, faq: { paths: Record<string, string>; slug: { it: string } }) {
  for (const path of [...Object.values(faq.paths), ...listings(word)])
    expect(textOf(await cached(path)), path).toContain(`${word}?`)
  expect(await cached('/sitemap.xml')).toContain(faq.slug.it)
}

/** After the restart: nothing shows the entry any more. */
async function expectGone(word: string, faq: { paths: Record<string, string>; slug: Record<string, string> }) {
  for (const path of Object.values(faq.paths)) {
    const { status, headers } = await page(path)
    // 404, or (an entry moved) a redirect to where it is now: never the old page.
    expect([301, 308, 404], path).toContain(status)
    if (status !== 404) expect(headers.get('location'), path).not.toContain(path)
  }
  for (const path of listings(word)) expect(textOf((await page(path)).html), path).not.toContain(`${word}?`)
  const sitemap = (await page('/sitemap.xml')).html
  for (const slug of Object.values(faq.slug)) expect(sitemap).not.toContain(slug)
}

describe.runIf(enabled)('a production server restarted', () => {
  beforeAll(async () => {
    dataDir = await makeTempDir('restart')
    await start()
    api = await adminApi(base())
  }, 240_000)

  afterAll(async () => {
    await server?.stop('SIGTERM').catch(() => undefined)
    if (dataDir) await removeDir(dataDir)
  }, 60_000)

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`a deleted FAQ is gone after ${signal}: its pages, the indexes, searches and the sitemap`, async () => {
      const word = `cancellata${signal.toLowerCase()}${tag}`
      const faq = await publishFaq(word)
      await viewEverywhere(word, faq)
      await api('DELETE', `/api/faqs/${faq.id}`)
      await restart(signal)
      await expectGone(word, faq)
    })

    it(`an unpublished FAQ is gone after ${signal}`, async () => {
      const word = `ritirata${signal.toLowerCase()}${tag}`
      const faq = await publishFaq(word)
      await viewEverywhere(word, faq)
      // What the admin's "Unpublish" sends.
      await api('PATCH', `/api/faqs/${faq.id}?locale=it`, { _status: 'draft' })
      await restart(signal)
      await expectGone(word, faq)
      await api('DELETE', `/api/faqs/${faq.id}`)
    })
  }

  it('a scheduled unpublish takes the page down when it runs (the job asks the server to refresh it), and after kill -9', async () => {
    const word = `programmata${tag}`
    const faq = await publishFaq(word)
    await viewEverywhere(word, faq)
    await promisify(execFile)(
      'node_modules/.bin/tsx',
      ['tests/e2e/support/scheduleUnpublish.ts', String(faq.id), '1'],
      {
        env: {
          ...process.env,
          ...options().env,
          DATABASE_URL: `postgres://postgres:scena-local@127.0.0.1:${databasePort}/scena`,
        },
      },
    )
    const started = Date.now()
    while ((await page(faq.paths.it)).status === 200 && Date.now() - started < 30_000)
      await new Promise((resolve) => setTimeout(resolve, 250))
    await expectGone(word, faq)
    await restart('SIGKILL')
    await expectGone(word, faq)
    await api('DELETE', `/api/faqs/${faq.id}`)
  })

  it('a renamed FAQ is at its new address only, after kill -9', async () => {
    const word = `rinominata${tag}`
    const faq = await publishFaq(word)
    await viewEverywhere(word, faq)
    await api('PATCH', `/api/faqs/${faq.id}?locale=it`, { slug: `nuovo-indirizzo-${tag}`, _status: 'published' })
    await restart('SIGKILL')
    const moved = await page(faq.paths.it)
    expect(moved.status).not.toBe(200)
    const now = await page(`/it/domande-frequenti/nuovo-indirizzo-${tag}`)
    expect(now.status).toBe(200)
    expect(now.html).toContain(word)
    for (const path of ['/it/domande-frequenti', '/sitemap.xml']) {
      const { html } = await page(path)
      expect(html, path).toContain(`nuovo-indirizzo-${tag}`)
      expect(html, path).not.toContain(faq.slug.it)
    }
    await api('DELETE', `/api/faqs/${faq.id}`)
  })

  it('an edited answer and the site settings show their new text after kill -9', async () => {
    const word = `modificata${tag}`
    const faq = await publishFaq(word)
    await viewEverywhere(word, faq)
    await cached('/it')
    await api('PATCH', `/api/faqs/${faq.id}?locale=it`, {
      answer: paragraphsToLexical([`Risposta nuova ${word}.`]),
      _status: 'published',
    })
    const settings = await api('GET', '/api/globals/site-settings?locale=it&depth=0')
    await api('POST', '/api/globals/site-settings?locale=it', { tagline: `Motto ${word}` })
    try {
      await restart('SIGKILL')
      expect((await page(faq.paths.it)).html).toContain(`Risposta nuova ${word}.`)
      expect((await page('/it')).html).toContain(`Motto ${word}`)
    } finally {
      await api('POST', '/api/globals/site-settings?locale=it', { tagline: settings.tagline })
      await api('DELETE', `/api/faqs/${faq.id}`)
    }
  })

  it('one build at another address and secret: every absolute URL names the address it serves at', async () => {
    const site = 'https://scena.example'
    await restart('SIGTERM', { SITE_URL: site, PAYLOAD_SECRET: `another-${tag}` })
    // Prerendered at build time (home, FAQ index, a question) and rendered now alike.
    const question = (await api('GET', '/api/faqs?locale=all&depth=0&limit=1&sort=order')).docs[0].slug
    const pages = ['/it', '/en', '/it/domande-frequenti', '/en/faq', `/it/domande-frequenti/${question.it}`, '/en/kit']
    for (const path of pages) {
      const { status, html, headers } = await page(path)
      expect(status, path).toBe(200)
      expect(headers.get('strict-transport-security'), path).toMatch(/max-age=/)
      expect(html, path).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/)
      expect(html, path).toContain(`<link rel="canonical" href="${site}${path}"/>`)
      const alternates = [...html.matchAll(/<link rel="alternate" hrefLang="[^"]+" href="([^"]+)"/g)].map((m) => m[1])
      expect(alternates.length, path).toBeGreaterThan(1)
      for (const href of alternates) expect(href, path).toMatch(new RegExp(`^${site}/`))
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1] ?? ''
      expect(image, path).toMatch(new RegExp(`^${site}/share/`))
      // The card is signed with the secret this process has: it answers.
      const card = await fetch(`${base()}${image.slice(site.length)}`)
      expect(card.status, image).toBe(200)
      expect(card.headers.get('content-type')).toBe('image/png')
    }
    const sitemap = (await page('/sitemap.xml')).html
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(locations.length).toBeGreaterThan(10)
    for (const location of locations) expect(location).toMatch(new RegExp(`^${site}/`))
    expect(sitemap).not.toContain('localhost')
    expect((await page('/robots.txt')).html).toContain(`Sitemap: ${site}/sitemap.xml`)
  })
})
