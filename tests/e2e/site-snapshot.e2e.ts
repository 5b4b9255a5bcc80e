import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { baseUrl } from './support/browser'
import { siteSnapshot } from './support/siteSnapshot'

/**
 * The public site as the record says it was (tests/e2e/fixtures/site-snapshot.json): the sitemap,
 * and every page's status, headers and links. Taken from a freshly seeded production server, before
 * the other browser tests change content, so .ci/run runs it on its own (E2E_SNAPSHOT=1) right after
 * the start. A change that means to alter what the site serves rewrites the record
 * (UPDATE_SITE_SNAPSHOT=1) and shows it in its diff; anything else that moves fails here.
 */
const enabled = process.env.E2E_SNAPSHOT === '1'
const record = path.join(import.meta.dirname, 'fixtures/site-snapshot.json')

describe.runIf(enabled)('the public site against its record', () => {
  it('has the same sitemap, and every page the same status, headers and links', async () => {
    const now = await siteSnapshot(baseUrl, process.env.SITE_URL || baseUrl)
    if (process.env.UPDATE_SITE_SNAPSHOT === '1') writeFileSync(record, `${JSON.stringify(now, null, 2)}\n`)
    const recorded = JSON.parse(readFileSync(record, 'utf8'))
    expect(now.sitemap).toEqual(recorded.sitemap)
    for (const [page, snapshot] of Object.entries(recorded.pages)) expect(now.pages[page], page).toEqual(snapshot)
    expect(Object.keys(now.pages).sort()).toEqual(Object.keys(recorded.pages).sort())
  }, 180_000)
})
