import type { I18nClient } from '@payloadcms/translations'
import type { Payload, PayloadRequest } from 'payload'

import { hasRole } from '../../access/roles'
import type { AdminKey } from '../../i18n/admin'
import { type Locale, localeLabels, locales } from '../../i18n/locales'
import { createFaqFromSearch } from '../../insights/faqFromSearch'
import { dailyViews, type InsightsReport, insightsReport, type InsightsTable } from '../../insights/report'
import { insightsEnabled, insightsPeriods } from '../../insights/settings'

type Text = (key: AdminKey, vars?: Record<string, unknown>) => string

/** The period asked for (`?days=7|30|90`), else 30. */
export function periodOf(value: unknown): number {
  const days = Number(Array.isArray(value) ? value[0] : value)
  return (insightsPeriods as readonly number[]).includes(days) ? days : 30
}

/** A small line of views per day, drawn on the server (no chart library in the browser). */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const width = 120
  const height = 24
  const max = Math.max(1, ...values)
  const step = values.length > 1 ? width / (values.length - 1) : width
  const points = values
    .map((v, i) => `${(i * step).toFixed(1)},${(height - 1 - (v / max) * (height - 2)).toFixed(1)}`)
    .join(' ')
  return (
    <svg
      className="scena-sparkline"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  )
}

const csvHref = (days: number, table: InsightsTable) => `/api/insights?days=${days}&format=csv&table=${table}`

function CsvLink({ days, table, text, title }: { days: number; table: InsightsTable; text: Text; title: string }) {
  return (
    <p className="scena-actions">
      <a href={csvHref(days, table)} download aria-label={text('scena:insightsCsvOf', { table: title })}>
        {text('scena:insightsCsv')}
      </a>
    </p>
  )
}

const Empty = ({ children }: { children: string }) => (
  <p className="scena-empty" role="status">
    {children}
  </p>
)

/** The Italian/English split of page views, in whole percents. */
export function localeSplit(report: InsightsReport): Array<{ locale: Locale; views: number; percent: number }> {
  const total = report.pages.reduce((sum, p) => sum + p.views, 0)
  return locales.map((locale) => {
    const views = report.pages.filter((p) => p.locale === locale).reduce((sum, p) => sum + p.views, 0)
    return { locale, views, percent: total ? Math.round((views / total) * 100) : 0 }
  })
}

/**
 * The Insights view's content (admin view /admin/insights, src/components/admin/InsightsView.tsx):
 * for the last `days` days, the numbers of GET /api/insights, each table with its CSV.
 */
export async function InsightsPanel({
  payload,
  i18n,
  user,
  days,
  adminRoute = '/admin',
}: {
  payload: Payload
  i18n: I18nClient
  user: PayloadRequest['user']
  days: number
  adminRoute?: string
}) {
  const text: Text = (key, vars) => (i18n.t as (k: string, v?: Record<string, unknown>) => string)(key, vars)
  if (!hasRole(user, 'admin', 'editor')) return <p role="alert">{text('scena:insightsStaffOnly')}</p>
  const [report, daily] = await Promise.all([insightsReport(payload, days), dailyViews(payload, days)])
  const language = (locale: string) => (locale === 'en' ? text('scena:languageEn') : text('scena:languageIt'))
  const number = new Intl.NumberFormat(i18n.language)
  const split = localeSplit(report)

  return (
    <div className="scena-insights">
      <p>{text('scena:insightsIntro')}</p>
      {!insightsEnabled() && <p role="status">{text('scena:insightsOff')}</p>}
      <nav aria-label={text('scena:insightsPeriod')} className="scena-actions">
        {insightsPeriods.map((period) => (
          <a
            key={period}
            href={`${adminRoute}/insights?days=${period}`}
            aria-current={period === days ? 'page' : undefined}
            className={period === days ? 'scena-insights__period--current' : undefined}
          >
            {text('scena:insightsLastDays', { count: period })}
          </a>
        ))}
      </nav>

      <h2>{text('scena:insightsPages')}</h2>
      {report.pages.length === 0 ? (
        <Empty>{text('scena:insightsNoViews')}</Empty>
      ) : (
        <>
          <ul className="scena-insights__split" aria-label={text('scena:insightsSplit')}>
            {split.map(({ locale, views, percent }) => (
              <li key={locale}>
                {text('scena:insightsSplitLine', {
                  language: localeLabels[locale],
                  views: number.format(views),
                  percent,
                })}
              </li>
            ))}
          </ul>
          <table className="scena-table" data-testid="insights-pages">
            <thead>
              <tr>
                <th scope="col">{text('scena:insightsPage')}</th>
                <th scope="col">{text('scena:insightsLanguage')}</th>
                <th scope="col">{text('scena:insightsViews')}</th>
                <th scope="col">{text('scena:insightsTrend')}</th>
              </tr>
            </thead>
            <tbody>
              {report.pages.map((page) => (
                <tr key={`${page.path}|${page.locale}`}>
                  <td>
                    <a href={page.path} lang={page.locale}>
                      {page.path}
                    </a>
                  </td>
                  <td>{language(page.locale)}</td>
                  <td>{number.format(page.views)}</td>
                  <td>
                    <Sparkline
                      values={daily.get(page.path) ?? Array<number>(days).fill(0)}
                      label={text('scena:insightsChartLabel', { path: page.path, count: page.views, days })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <CsvLink days={days} table="pages" text={text} title={text('scena:insightsPages')} />
        </>
      )}

      <h2>{text('scena:insightsReferrers')}</h2>
      <p>{text('scena:insightsReferrersIntro')}</p>
      {report.referrers.length === 0 ? (
        <Empty>{text('scena:insightsNoReferrers')}</Empty>
      ) : (
        <>
          <table className="scena-table" data-testid="insights-referrers">
            <thead>
              <tr>
                <th scope="col">{text('scena:insightsHost')}</th>
                <th scope="col">{text('scena:insightsViews')}</th>
              </tr>
            </thead>
            <tbody>
              {report.referrers.map((r) => (
                <tr key={r.host}>
                  <td>{r.host}</td>
                  <td>{number.format(r.views)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CsvLink days={days} table="referrers" text={text} title={text('scena:insightsReferrers')} />
        </>
      )}

      <h2>{text('scena:insightsZero')}</h2>
      <p>{text('scena:insightsZeroIntro')}</p>
      {report.searches.zeroResults.length === 0 ? (
        <Empty>{text('scena:insightsNoZero')}</Empty>
      ) : (
        <>
          <table className="scena-table" data-testid="insights-zero">
            <thead>
              <tr>
                <th scope="col">{text('scena:insightsQuery')}</th>
                <th scope="col">{text('scena:insightsLanguage')}</th>
                <th scope="col">{text('scena:insightsCount')}</th>
                <th scope="col">
                  <span className="scena-visually-hidden">{text('scena:insightsCreateFaq')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {report.searches.zeroResults.map((s) => (
                <tr key={`${s.query}|${s.locale}`}>
                  <td lang={s.locale}>{s.query}</td>
                  <td>{language(s.locale)}</td>
                  <td>{number.format(s.count)}</td>
                  <td>
                    <a href={createFaqFromSearch(adminRoute, s.query, s.locale)}>{text('scena:insightsCreateFaq')}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <CsvLink days={days} table="zero-results" text={text} title={text('scena:insightsZero')} />
        </>
      )}

      <h2>{text('scena:insightsSearches')}</h2>
      {report.searches.top.length === 0 ? (
        <Empty>{text('scena:insightsNoSearches')}</Empty>
      ) : (
        <>
          <table className="scena-table" data-testid="insights-searches">
            <thead>
              <tr>
                <th scope="col">{text('scena:insightsQuery')}</th>
                <th scope="col">{text('scena:insightsLanguage')}</th>
                <th scope="col">{text('scena:insightsCount')}</th>
              </tr>
            </thead>
            <tbody>
              {report.searches.top.map((s) => (
                <tr key={`${s.query}|${s.locale}`}>
                  <td lang={s.locale}>{s.query}</td>
                  <td>{language(s.locale)}</td>
                  <td>{number.format(s.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CsvLink days={days} table="searches" text={text} title={text('scena:insightsSearches')} />
        </>
      )}

      <h2>{text('scena:insightsEnquiries')}</h2>
      <p>{text('scena:insightsEnquiriesIntro')}</p>
      {report.enquiries.length === 0 ? (
        <Empty>{text('scena:insightsNoEnquiries')}</Empty>
      ) : (
        <>
          <table className="scena-table" data-testid="insights-enquiries">
            <thead>
              <tr>
                <th scope="col">{text('scena:insightsWeek')}</th>
                <th scope="col">{text('scena:insightsFromPath')}</th>
                <th scope="col">{text('scena:insightsCount')}</th>
              </tr>
            </thead>
            <tbody>
              {report.enquiries.map((e) => (
                <tr key={`${e.week}|${e.fromPath ?? ''}`}>
                  <td>{e.week}</td>
                  <td>{e.fromPath ?? text('scena:insightsUnknownPath')}</td>
                  <td>{number.format(e.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CsvLink days={days} table="enquiries" text={text} title={text('scena:insightsEnquiries')} />
        </>
      )}
    </div>
  )
}
