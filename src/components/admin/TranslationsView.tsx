import { getTranslation } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { contentCollectionSlugs } from '../../collections/slugs'
import type { AdminKey } from '../../i18n/admin'
import { translatableFields } from '../../translation/fields'
import { targetLocale } from '../../translation/locales'
import { translationReport } from '../../translation/report'
import { entryEnglishViews, viewsKey } from '../../insights/translationViews'
import { AdminPage } from './AdminPage'
import { changeSummaryText } from './changeSummaryText'
import { StatusBadge } from './StatusBadge'
import { XliffExportLink } from './XliffExportLink'
import { XliffImport } from './XliffImport'

/** Admin view /admin/translations: every entry whose English needs work, by collection. */
export async function TranslationsView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const { payload, i18n } = req
  const text = (key: AdminKey, vars?: Record<string, unknown>) =>
    (i18n.t as (k: string, v?: Record<string, unknown>) => string)(key, vars)
  const adminRoute = payload.config.routes.admin
  const report = await translationReport(payload, contentCollectionSlugs, { changes: true })
  // ?sort=views: the most-read English pages first (src/insights), with their views shown.
  const byViews = view.searchParams?.sort === 'views'
  const views = byViews ? await entryEnglishViews(payload, report) : null
  const unsorted = contentCollectionSlugs.flatMap((slug) => {
    const config = payload.collections[slug].config
    const labels = Object.fromEntries(
      translatableFields(config.fields).map((f) => [f.name, (f.label && getTranslation(f.label, i18n)) || f.name]),
    )
    return (report[slug]?.entries ?? [])
      .filter((entry) => entry.status !== 'complete')
      .map((entry) => ({ slug, label: getTranslation(config.labels.plural, i18n), labels, entry }))
  })
  const viewsOf = (slug: string, id: number | string) => views?.get(viewsKey(slug, id)) ?? 0
  const needsWork = views
    ? unsorted
        .map((item, index) => ({ item, index }))
        .sort(
          (a, b) => viewsOf(b.item.slug, b.item.entry.id) - viewsOf(a.item.slug, a.item.entry.id) || a.index - b.index,
        )
        .map(({ item }) => item)
    : unsorted

  return (
    <AdminPage view={view}>
      <Gutter className="scena-translations">
        <h1>{text('scena:translations')}</h1>
        <p>{text('scena:translationsIntro')}</p>

        <table className="scena-table">
          <caption className="scena-visually-hidden">{text('scena:translations')}</caption>
          <thead>
            <tr>
              <th scope="col">{text('scena:collection')}</th>
              <th scope="col">{text('scena:total')}</th>
              <th scope="col">{text('scena:columnComplete')}</th>
              <th scope="col">{text('scena:columnMissing')}</th>
              <th scope="col">{text('scena:columnOutdated')}</th>
              <th scope="col">
                <span className="scena-visually-hidden">{text('scena:showInList')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {contentCollectionSlugs.map((slug) => {
              const counts = report[slug]
              if (!counts) return null
              return (
                <tr key={slug}>
                  <th scope="row">{getTranslation(payload.collections[slug].config.labels.plural, i18n)}</th>
                  <td>{counts.total}</td>
                  <td>{counts.complete}</td>
                  <td>{counts.missing}</td>
                  <td>{counts.outdated}</td>
                  <td>
                    <a href={`${adminRoute}/collections/${slug}?where[translationStatus][not_equals]=complete`}>
                      {text('scena:showInList')}
                    </a>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>

        {needsWork.length > 0 && (
          <p className="scena-actions">
            <a href={`${adminRoute}/translations${byViews ? '' : '?sort=views'}`}>
              {text(byViews ? 'scena:sortByCollection' : 'scena:sortByViews')}
            </a>
          </p>
        )}
        {needsWork.length === 0 ? (
          <p className="scena-empty" role="status">
            {text('scena:allTranslated')}
          </p>
        ) : (
          <table className="scena-table" data-testid="needs-translation">
            <thead>
              <tr>
                <th scope="col">{text('scena:entry')}</th>
                <th scope="col">{text('scena:collection')}</th>
                <th scope="col">{text('scena:status')}</th>
                <th scope="col">{text('scena:fieldsToTranslate')}</th>
                {byViews && <th scope="col">{text('scena:englishViews')}</th>}
              </tr>
            </thead>
            <tbody>
              {needsWork.map(({ slug, label, labels, entry }) => (
                <tr key={`${slug}/${entry.id}`}>
                  <td>
                    <a href={`${adminRoute}/collections/${slug}/${entry.id}?locale=${targetLocale}`} lang="it">
                      {entry.title || `#${entry.id}`}
                    </a>
                  </td>
                  <td>{label}</td>
                  <td>
                    <StatusBadge status={entry.status}>{text(`scena:${entry.status}`)}</StatusBadge>
                  </td>
                  <td>
                    {Object.entries(entry.fields)
                      .filter(([, status]) => status !== 'complete')
                      .map(([name, status]) => {
                        const changes = entry.changes?.[name]
                        const summary = changes ? `: ${changeSummaryText(changes, text, true)}` : ''
                        return `${labels[name] ?? name} (${text(`scena:${status}`)}${summary})`
                      })
                      .join('; ')}
                  </td>
                  {byViews && <td data-testid="english-views">{viewsOf(slug, entry.id)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        )}

        <h2>{text('scena:xliff')}</h2>
        <p>{text('scena:xliffIntro')}</p>
        <p className="scena-actions">
          {needsWork.length > 0 && (
            <XliffExportLink href="/api/xliff/export?scope=needs-work">{text('scena:exportNeedsWork')}</XliffExportLink>
          )}
          <XliffExportLink href="/api/xliff/export?scope=all">{text('scena:exportAll')}</XliffExportLink>
        </p>
        <XliffImport />
      </Gutter>
    </AdminPage>
  )
}
