import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { InsightsPanel, periodOf } from '../../src/components/admin/InsightsPanel'
import { questionFromSearch } from '../../src/insights/faqFromSearch'
import * as reportModule from '../../src/insights/report'
import { adminI18n } from './support/adminI18n'
import { withStaff } from './support/staff'

vi.mock('../../src/insights/report', async (original) => {
  const actual = await original<typeof import('../../src/insights/report')>()
  return { ...actual, insightsReport: vi.fn(actual.insightsReport) }
})

const staff = withStaff()
const editorUser = { id: 1, email: 'editor@test.scena.local', role: 'editor' }

async function render(language: 'it' | 'en', days = 30, user: Record<string, unknown> = editorUser) {
  // `as never` below: Payload's admin i18n and user types in part (the panel reads these).
  const element = await InsightsPanel({
    payload: staff.payload as Payload,
    i18n: (await adminI18n(language)) as never,
    user: user as never,
    days,
  })
  return renderToStaticMarkup(element)
}

beforeAll(async () => {
  const q = (text: string) => staff.payload.db.pool.query(text)
  await q(`INSERT INTO insights_page_views (day, path, locale, referrer_host, views) VALUES
    (current_date, '/it/associazione', 'it', 'view-test.example', 3),
    (current_date - 1, '/it/associazione', 'it', '', 2),
    (current_date, '/en/association', 'en', '', 5)
    ON CONFLICT (day, path, locale, referrer_host) DO UPDATE SET views = insights_page_views.views + excluded.views`)
  await q(`INSERT INTO insights_searches (day, locale, query, found, count) VALUES
    (current_date, 'it', 'ricerca vana vista', false, 4) ON CONFLICT DO NOTHING`)
})

describe('the Insights admin view', () => {
  it('shows pages with a chart each, the language split, referrers, searches and CSV links, in Italian', async () => {
    const html = await render('it')
    expect(html).toContain('Pagine più lette')
    expect(html).toContain('href="/it/associazione"')
    expect(html).toMatch(
      /<svg[^>]*class="scena-sparkline"[^>]*role="img"[^>]*aria-label="\/it\/associazione: \d+ visualizzazioni in 30 giorni/,
    )
    expect(html).toMatch(/Italiano: [\d.]+ \(\d+ %\)/)
    expect(html).toContain('view-test.example')
    expect(html).toContain('Ricerche senza risultati')
    expect(html).toContain('ricerca vana vista')
    // The new FAQ opens with the visitor's words as its question (src/insights/faqFromSearch.ts).
    expect(html).toContain('href="/admin/collections/faqs/create?locale=it&amp;question=ricerca+vana+vista"')
    expect(html).toContain('Crea una domanda frequente')
    expect(html).toContain('href="/api/insights?days=30&amp;format=csv&amp;table=pages"')
    expect(html).toContain('href="/api/insights?days=30&amp;format=csv&amp;table=zero-results"')
    expect(html).toContain('Ultimi 90 giorni')
  })

  it('speaks English to an English admin', async () => {
    const html = await render('en', 7)
    expect(html).toContain('Most read pages')
    expect(html).toContain('Searches that found nothing')
    expect(html).toContain('Create an FAQ')
    expect(html).toMatch(/English: [\d,]+ \(\d+%\)/)
    expect(html).toContain('aria-current="page"')
    expect(html).toContain('days=7&amp;format=csv')
  })

  it('says so when there is nothing to show', async () => {
    vi.mocked(reportModule.insightsReport).mockResolvedValueOnce({
      days: 7,
      pages: [],
      referrers: [],
      searches: { top: [], zeroResults: [] },
      enquiries: [],
    })
    const html = await render('it', 7)
    expect(html).toContain('Nessuna visualizzazione in questo periodo.')
    expect(html).toContain('Nessuna ricerca in questo periodo.')
    expect(html).toContain('Ogni ricerca di questo periodo ha trovato qualcosa.')
    expect(html).toContain('Nessuna richiesta di contatto in questo periodo.')
    expect(html).not.toContain('format=csv')
  })

  it('is for editors and admins only', async () => {
    const html = await render('it', 30, { id: 2, email: 'translator@test.scena.local', role: 'translator' })
    expect(html).toContain('riservate a redazione e amministrazione')
    expect(html).not.toContain('<table')
  })

  it('opens the FAQ created from a search with its words as the question, and only then', () => {
    const question = staff.payload.collections.faqs.config.fields.find((f) => 'name' in f && f.name === 'question')
    expect(question && 'defaultValue' in question && question.defaultValue).toBe(questionFromSearch)
    const asked = (query: Record<string, unknown>) => questionFromSearch({ req: { query } as never })
    expect(asked({ question: ' ricerca vana vista ' })).toBe('ricerca vana vista')
    expect(asked({})).toBeUndefined()
    expect(asked({ question: ['a', 'b'] })).toBeUndefined()
    expect(asked({ question: 'x'.repeat(201) })).toBeUndefined()
  })

  it('offers 7, 30 and 90 days, 30 unless told', () => {
    expect([periodOf('7'), periodOf('90'), periodOf(undefined), periodOf('12'), periodOf(['7'])]).toEqual([
      7, 90, 30, 30, 7,
    ])
  })
})
