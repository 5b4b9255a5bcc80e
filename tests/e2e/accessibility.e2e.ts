import { createRequire } from 'node:module'

import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { baseUrl, launchBrowser } from './support/browser'
import { homeAndFaqPages, sectionPages } from './support/pages'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const pages = [...homeAndFaqPages, ...sectionPages, '/it/cerca?q=coreografo', '/en/search?q=choreographer']

describe('accessibility (axe-core, WCAG 2.2 A/AA rules)', () => {
  it.each(pages)('%s has no violations', async (path) => {
    const page = await browser.newPage()
    await page.goto(`${baseUrl}${path}`)
    await page.addScriptTag({ path: axePath })
    const { violations, passes } = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<any> } }).axe
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      })
      return {
        violations: result.violations.map(
          (v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`,
        ),
        passes: result.passes.length as number,
      }
    })
    expect(passes).toBeGreaterThan(10) // the rules really ran
    expect(violations).toEqual([])
    await page.close()
  })
})
