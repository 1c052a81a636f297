import Link from 'next/link'
import { Suspense, type ReactNode } from 'react'

import { messagesFor } from '@/i18n/messages'
import type { Locale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { listPilots } from '@/site/content'
import { facetValueLabel, formatNumber, recordPath } from '@/site/format'
import { facetsFor, runSiteSearch, withChange, type PageSearchParams, type SearchSection } from '@/site/search'
import type { FacetName, SearchHit } from '@/search/port'
import { SEARCH_SORTS } from '@/search/port'
import { countries, labelOf } from '@/vocab'

import { SampleBadge } from './SampleBadge'
import { SearchEnhancer } from './SearchEnhancer'
import { SearchFollow } from './SearchFollow'

/** Values shown before "show more" in each facet group. */
const VISIBLE_VALUES = 5
/** Facet groups open by default (others open when one of their values is selected). */
const OPEN_GROUPS = 4

type Props = {
  locale: Locale
  section: SearchSection
  searchParams: PageSearchParams
  title: string
  intro?: string
  /** The request's headers, on the search page: its searches are rate-limited per address. */
  limitFor?: Headers
  /** Links shown under the intro (e.g. the pilot list's comparison). */
  actions?: ReactNode
}

/**
 * The search view, rendered on the server from the URL: a GET form (query, facets, sort) that
 * works without JavaScript, and links for chips, "clear all" and pages. A small client
 * component then updates the results as the reader types or ticks, without a full reload.
 */
export async function SearchView({ locale, section, searchParams, title, intro, limitFor, actions }: Props) {
  const t = messagesFor(locale)
  const fixed = section.type ? { type: section.type } : {}
  const basePath = `/${locale}/${section.path}`
  const payload = await hubPayload()
  const [search, pilots] = await Promise.all([
    runSiteSearch(payload, locale, searchParams, { fixed, limitFor }),
    listPilots(payload, locale),
  ])
  const pilotNames = new Map(pilots.map((pilot) => [pilot.slug, pilot.name]))
  const params = search.params
  const q = params.get('q') ?? ''
  const sort = params.get('sort') ?? 'relevance'
  const label = (facet: string, value: string) => facetValueLabel(locale, facet, value, pilotNames)
  const formId = `search-form-${section.path}`

  const selected: [FacetName, string][] = facetsFor(section.type).flatMap((facet) =>
    params.getAll(facet).map((value) => [facet, value] as [FacetName, string]),
  )
  const exportQuery = new URLSearchParams(params)
  exportQuery.delete('page')
  if (section.type) exportQuery.set('type', section.type)
  const exportHref = `/${locale}/search/export.csv${exportQuery.toString() ? `?${exportQuery}` : ''}`

  return (
    <div className="search-page">
      <h1>{title}</h1>
      {intro ? <p className="lead">{intro}</p> : null}
      {actions}
      <form id={formId} role="search" action={basePath} method="get" className="search-form" aria-label={title}>
        <div className="search-box">
          <label htmlFor={`${formId}-q`}>{t.searchLabel}</label>
          <div className="search-row">
            <input
              id={`${formId}-q`}
              type="search"
              name="q"
              defaultValue={q}
              maxLength={200}
              placeholder={t.searchPlaceholder}
              autoComplete="off"
            />
            <button type="submit">{t.searchButton}</button>
          </div>
        </div>

        {!search.ok && search.retryAfterSeconds ? (
          <div className="notice notice-error" role="alert">
            <p>{t.searchTooMany(search.retryAfterSeconds)}</p>
          </div>
        ) : !search.ok ? (
          <div className="notice notice-error" role="alert">
            <p>{t.searchError}</p>
            <ul>
              {search.errors.map((error) => (
                <li key={`${error.parameter}-${error.message}`}>
                  <code>{error.parameter}</code>: {error.message}
                </li>
              ))}
            </ul>
            <p>
              <a href={basePath}>{t.clearAll}</a>
            </p>
          </div>
        ) : (
          <div className="search-layout">
            <div className="facets" role="group" aria-labelledby={`${formId}-filters`}>
              <h2 id={`${formId}-filters`}>{t.filters}</h2>
              {facetsFor(section.type).map((facet, groupIndex) => {
                const distribution = search.result.facetDistribution[facet] ?? {}
                const chosen = params.getAll(facet)
                const values = [...new Set([...chosen, ...Object.keys(distribution)])]
                if (values.length === 0) return null
                values.sort((a, b) => {
                  const selectedFirst = Number(chosen.includes(b)) - Number(chosen.includes(a))
                  if (selectedFirst) return selectedFirst
                  if (facet === 'year') return b.localeCompare(a)
                  return (distribution[b] ?? 0) - (distribution[a] ?? 0) || label(facet, a).localeCompare(label(facet, b), locale)
                })
                const shown = values.slice(0, Math.max(VISIBLE_VALUES, chosen.length))
                const more = values.slice(shown.length)
                const option = (value: string) => {
                  const id = `${formId}-${facet}-${value}`
                  return (
                    <li key={value}>
                      <input type="checkbox" id={id} name={facet} value={value} defaultChecked={chosen.includes(value)} />
                      <label htmlFor={id}>
                        {label(facet, value)} <span className="count">({formatNumber(locale, distribution[value] ?? 0)})</span>
                      </label>
                    </li>
                  )
                }
                return (
                  <details key={facet} className="facet" open={chosen.length > 0 || groupIndex < OPEN_GROUPS}>
                    <summary>
                      {t.facets[facet]}
                      {chosen.length > 0 ? <span className="selected-count"> ({formatNumber(locale, chosen.length)})</span> : null}
                    </summary>
                    <fieldset>
                      <legend className="visually-hidden">{t.facets[facet]}</legend>
                      <ul className="facet-values">{shown.map(option)}</ul>
                      {more.length > 0 ? (
                        <details className="more">
                          <summary>{t.showMore(more.length)}</summary>
                          <ul className="facet-values">{more.map(option)}</ul>
                        </details>
                      ) : null}
                    </fieldset>
                  </details>
                )
              })}
              <button type="submit" className="apply-filters">
                {t.applyFilters}
              </button>
            </div>

            <div className="results">
              <div className="results-bar">
                <p role="status" aria-live="polite" aria-atomic="true" className="result-count" data-testid="result-count">
                  {q
                    ? t.resultCountFor(formatNumber(locale, search.result.totalHits), search.result.totalHits, q)
                    : t.resultCount(formatNumber(locale, search.result.totalHits), search.result.totalHits)}
                </p>
                <div className="sort">
                  <label htmlFor={`${formId}-sort`}>{t.sortBy}</label>
                  <select id={`${formId}-sort`} name="sort" defaultValue={sort}>
                    {SEARCH_SORTS.map((value) => (
                      <option key={value} value={value}>
                        {t.sorts[value]}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="apply-sort">
                    {t.searchButton}
                  </button>
                </div>
              </div>

              {selected.length > 0 ? (
                <div className="chips" role="group" aria-label={t.selectedFilters}>
                  <ul>
                    {selected.map(([facet, value]) => (
                      <li key={`${facet}-${value}`}>
                        <Link
                          prefetch={false}
                          className="chip"
                          href={`${basePath}${withChange(params, { remove: [facet, value] })}`}
                          aria-label={t.removeFilter(`${t.facets[facet]}: ${label(facet, value)}`)}
                        >
                          <span className="chip-facet">{t.facets[facet]}:</span> {label(facet, value)} <span aria-hidden="true">✕</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                  <Link prefetch={false} className="clear-all" href={`${basePath}${q ? `?q=${encodeURIComponent(q)}` : ''}`}>
                    {t.clearAll}
                  </Link>
                </div>
              ) : null}

              {search.result.hits.length === 0 ? (
                <div className="empty-state">
                  <p>
                    <strong>{t.noResults}</strong>
                  </p>
                  <h2>{t.suggestionsHeading}</h2>
                  <ul>
                    {t.suggestions.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                  <p>
                    {t.trySearching}{' '}
                    {t.exampleQueries.map((example, i) => (
                      <span key={example}>
                        {i > 0 ? ', ' : null}
                        <Link prefetch={false} href={`/${locale}/search?q=${encodeURIComponent(example)}`}>
                          {example}
                        </Link>
                      </span>
                    ))}
                  </p>
                </div>
              ) : (
                <ol className="hits" start={(search.result.page - 1) * search.result.hitsPerPage + 1}>
                  {search.result.hits.map((hit) => (
                    <Hit key={hit.id} locale={locale} hit={hit} showBody={Boolean(q)} />
                  ))}
                </ol>
              )}

              {search.result.totalPages > 1 ? (
                <nav aria-label={t.pagination} className="pagination">
                  <ul>
                    {search.result.page > 1 ? (
                      <li>
                        <Link
                          prefetch={false}
                          rel="prev"
                          href={`${basePath}${withChange(params, { set: { page: search.result.page === 2 ? null : String(search.result.page - 1) } })}`}
                        >
                          {t.previous}
                        </Link>
                      </li>
                    ) : null}
                    {pageNumbers(search.result.page, search.result.totalPages).map((n, i) =>
                      n === null ? (
                        <li key={`gap-${i}`} aria-hidden="true">
                          …
                        </li>
                      ) : (
                        <li key={n}>
                          <Link
                            prefetch={false}
                            href={`${basePath}${withChange(params, { set: { page: n === 1 ? null : String(n) } })}`}
                            aria-label={t.pageN(n)}
                            aria-current={n === search.result.page ? 'page' : undefined}
                          >
                            {formatNumber(locale, n)}
                          </Link>
                        </li>
                      ),
                    )}
                    {search.result.page < search.result.totalPages ? (
                      <li>
                        <Link
                          prefetch={false}
                          rel="next"
                          href={`${basePath}${withChange(params, { set: { page: String(search.result.page + 1) } })}`}
                        >
                          {t.next}
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                </nav>
              ) : null}

              {search.result.totalHits > 0 ? (
                <p className="export">
                  <a href={exportHref} download data-testid="export-csv">
                    {t.exportCsv}
                  </a>
                </p>
              ) : null}
            </div>
          </div>
        )}
      </form>
      {search.ok ? <SearchFollow locale={locale} search={exportQuery} /> : null}
      <Suspense fallback={null}>
        <SearchEnhancer formId={formId} basePath={basePath} loadingText={t.loading} />
      </Suspense>
    </div>
  )
}

function pageNumbers(current: number, total: number): (number | null)[] {
  const pages = new Set([1, total, current - 1, current, current + 1].filter((n) => n >= 1 && n <= total))
  const sorted = [...pages].sort((a, b) => a - b)
  const out: (number | null)[] = []
  for (const n of sorted) {
    if (out.length > 0 && n - (out[out.length - 1] as number) > 1) out.push(null)
    out.push(n)
  }
  return out
}

function Hit({ locale, hit, showBody }: { locale: Locale; hit: SearchHit; showBody: boolean }) {
  const t = messagesFor(locale)
  // The highlight fields are safe HTML built by src/search/highlight.ts (escaped text and <mark> only).
  const snippet =
    showBody && hit.highlight.body.includes('<mark>') && !hit.highlight.summary.includes('<mark>')
      ? hit.highlight.body
      : hit.highlight.summary
  const where = hit.countries.map((code) => labelOf(countries, code, locale))
  return (
    <li className="hit">
      <p className="hit-meta">
        <span className={`badge badge-${hit.type}`}>{t.types[hit.type]}</span>
        {hit.isSample ? <SampleBadge locale={locale} /> : null}
      </p>
      <h3>
        <a href={recordPath(locale, hit.type, hit.slug)} dangerouslySetInnerHTML={{ __html: hit.highlight.title }} />
      </h3>
      {snippet ? <p className="snippet" dangerouslySetInnerHTML={{ __html: snippet }} /> : null}
      <p className="hit-foot">
        {where.length > 0 ? (
          <span>
            <span className="visually-hidden">{t.country}: </span>
            {where.join(', ')}
          </span>
        ) : null}
        {hit.type !== 'pilot' && hit.pilotNames.length > 0 ? (
          <span>
            <span className="visually-hidden">{t.pilot}: </span>
            {hit.pilotNames.join(', ')}
          </span>
        ) : null}
        {hit.year ? <span>{hit.year}</span> : null}
      </p>
    </li>
  )
}
