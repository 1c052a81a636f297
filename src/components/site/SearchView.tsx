import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { messagesFor } from '@/i18n/messages'
import type { Locale } from '@/core/locale'
import { hubPayload } from '@/boot/payload'
import { pilotNames } from '@/site/content'
import { facetValueLabel, formatNumber } from '@/site/format'
import {
  didYouMeanOf,
  facetsFor,
  runSiteSearch,
  SEARCH_PAGE_CACHE_SECONDS,
  withChange,
  type PageSearchParams,
  type SearchSection,
} from '@/site/search'
import { recordZeroHitSearch } from '@/search/misses'
import type { FacetName } from '@/search/port'
import { SEARCH_SORTS } from '@/search/port'

import { SearchFacets } from './SearchFacets'
import { SearchHit } from './SearchHit'
import { SearchPagination } from './SearchPagination'
import { SearchFollow } from './SearchFollow'

/** What a search tool (an alert form, a feed link…) placed beside the export link gets to know. */
export type SearchToolsContext = { locale: Locale; basePath: string; params: URLSearchParams; totalHits: number }

type Props = {
  locale: Locale
  section: SearchSection
  searchParams: PageSearchParams
  title: string
  intro?: string
  /** More tools under the results, beside the CSV export (e.g. a feed of this search). */
  tools?: (context: SearchToolsContext) => ReactNode
  /** The request's headers, on the search page: its searches are rate-limited per address. */
  limitFor?: Headers
  /** Links shown under the intro (e.g. the pilot list's comparison). */
  actions?: ReactNode
}

/**
 * The search view, rendered on the server from the URL: a GET form (query, facets, sort) that
 * works without JavaScript, and links for chips, "clear all" and pages. The site's script
 * (browser/search.ts) then updates the results in place as the reader types or ticks, from the page
 * the server renders for the new URL: the parts it replaces carry `data-search-region`.
 *
 * On a phone the results come first: the facets sit behind one "Filters" button (a popover, which
 * needs no script); on a wide screen they are a column beside the results.
 */
export async function SearchView({ locale, section, searchParams, title, intro, tools, limitFor, actions }: Props) {
  const t = messagesFor(locale)
  const fixed = section.type ? { type: section.type } : {}
  const basePath = `/${locale}/${section.path}`
  const payload = await hubPayload()
  const [search, names] = await Promise.all([
    runSiteSearch(payload, locale, searchParams, { fixed, limitFor, fewerWords: true }),
    pilotNames(payload, locale),
  ])
  const params = search.params
  const q = params.get('q') ?? ''
  const sort = params.get('sort') ?? 'relevance'
  const label = (facet: string, value: string) => facetValueLabel(locale, facet, value, names)
  const formId = `search-form-${section.path}`
  const filtersId = `${formId}-filters`

  const selected: [FacetName, string][] = facetsFor(section.type).flatMap((facet) =>
    params.getAll(facet).map((value) => [facet, value] as [FacetName, string]),
  )
  if (search.ok) {
    const { page, totalPages } = search.result
    // Beyond the last page there is nothing: a 404, not an empty page 999.
    if (page > 1 && page > totalPages) notFound()
    // What readers looked for and the hub lacks, for the editors (counts only; not when filters
    // narrowed it): a search that found nothing, or found something only without some words.
    if ((search.result.totalHits === 0 || search.result.droppedWords) && q && selected.length === 0) recordZeroHitSearch(payload, q, locale)
  }
  const exportQuery = new URLSearchParams(params)
  exportQuery.delete('page')
  if (section.type) exportQuery.set('type', section.type)
  const exportHref = `/${locale}/search/export.csv${exportQuery.toString() ? `?${exportQuery}` : ''}`
  const hasFacets =
    search.ok &&
    (selected.length > 0 || Object.values(search.result.facetDistribution).some((values) => Object.keys(values ?? {}).length > 0))
  // Offered when the search found nothing, or found something only without some of its words.
  const suggestion = search.ok && (search.result.totalHits === 0 || search.result.droppedWords) ? didYouMeanOf(search.result, q) : null
  const didYouMean = suggestion ? (
    <DidYouMean locale={locale} href={`${basePath}${withChange(params, { set: { q: suggestion } })}`} suggestion={suggestion} />
  ) : null

  return (
    <div className="search-page">
      {/* A search that found something may be served again from the portal's page cache for a short while. */}
      {/* Not one that found nothing or dropped words: each of those is counted for the editors. */}
      {search.ok && search.result.totalHits > 0 && !search.result.droppedWords ? (
        <meta name="portal-cache" content={String(SEARCH_PAGE_CACHE_SECONDS)} />
      ) : null}
      <h1>{title}</h1>
      {intro ? <p className="lead">{intro}</p> : null}
      {actions}
      <form id={formId} role="search" action={basePath} method="get" className="search-form" aria-label={title} data-search-form="">
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

        <div data-search-body="">
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
            <>
              <div className={hasFacets ? 'search-layout' : 'search-layout search-layout-single'}>
                {hasFacets ? (
                  <SearchFacets
                    locale={locale}
                    type={section.type}
                    formId={formId}
                    filtersId={filtersId}
                    params={params}
                    facetDistribution={search.result.facetDistribution}
                    totalHits={search.result.totalHits}
                    label={label}
                  />
                ) : null}

                <div className="results">
                  <div className="results-bar">
                    <p
                      role="status"
                      aria-live="polite"
                      aria-atomic="true"
                      className="result-count"
                      data-testid="result-count"
                      data-search-region="status"
                    >
                      {q
                        ? t.resultCountFor(formatNumber(locale, search.result.totalHits), search.result.totalHits, q)
                        : t.resultCount(formatNumber(locale, search.result.totalHits), search.result.totalHits)}
                    </p>
                    {/* On a phone, the one control that opens the filters (see .facets). */}
                    {hasFacets ? (
                      <button type="button" className="filters-toggle" popoverTarget={filtersId} data-search-region="toggle">
                        {t.filtersButton(selected.length)}
                      </button>
                    ) : null}
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

                  <div data-search-region="results">
                    <h2 className="visually-hidden">{t.resultsHeading}</h2>
                    {selected.length > 0 ? (
                      <div className="chips" role="group" aria-label={t.selectedFilters}>
                        <ul>
                          {selected.map(([facet, value]) => (
                            <li key={`${facet}-${value}`}>
                              <a
                                className="chip"
                                href={`${basePath}${withChange(params, { remove: [facet, value] })}`}
                                aria-label={t.removeFilter(`${t.facets[facet]}: ${label(facet, value)}`)}
                              >
                                <span className="chip-facet">{t.facets[facet]}:</span> {label(facet, value)}{' '}
                                <span aria-hidden="true">✕</span>
                              </a>
                            </li>
                          ))}
                        </ul>
                        <a className="clear-all" href={`${basePath}${q ? `?q=${encodeURIComponent(q)}` : ''}`}>
                          {t.clearAll}
                        </a>
                      </div>
                    ) : null}

                    {search.result.droppedWords ? (
                      <div className="notice fewer-words" data-testid="fewer-words">
                        <p>{t.fewerWords(search.result.droppedWords)}</p>
                        {didYouMean}
                      </div>
                    ) : null}

                    {search.result.hits.length === 0 ? (
                      <div className="empty-state">
                        <p>
                          <strong>{t.noResults}</strong>
                        </p>
                        {didYouMean}
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
                              <a href={`/${locale}/search?q=${encodeURIComponent(example)}`}>{example}</a>
                            </span>
                          ))}
                        </p>
                      </div>
                    ) : (
                      <ol className="hits" start={(search.result.page - 1) * search.result.hitsPerPage + 1}>
                        {search.result.hits.map((hit) => (
                          <SearchHit key={hit.id} locale={locale} hit={hit} showBody={Boolean(q)} />
                        ))}
                      </ol>
                    )}

                    {search.result.totalPages > 1 ? (
                      <SearchPagination
                        locale={locale}
                        basePath={basePath}
                        params={params}
                        page={search.result.page}
                        totalPages={search.result.totalPages}
                      />
                    ) : null}

                    <div className="search-tools">
                      {search.result.totalHits > 0 ? (
                        <p className="export">
                          <a href={exportHref} download data-testid="export-csv">
                            {t.exportCsv}
                          </a>
                        </p>
                      ) : null}
                      {tools?.({ locale, basePath, params, totalHits: search.result.totalHits })}
                    </div>
                  </div>
                </div>
              </div>
            </>
          )}
        </div>
      </form>
      {search.ok ? <SearchFollow locale={locale} search={exportQuery} /> : null}
    </div>
  )
}

/** "Did you mean …?" with the corrected search as a plain link. */
function DidYouMean({ locale, href, suggestion }: { locale: Locale; href: string; suggestion: string }) {
  const t = messagesFor(locale)
  return (
    <p className="did-you-mean" data-testid="did-you-mean">
      {t.didYouMean}{' '}
      <a href={href}>
        <strong>{suggestion}</strong>
      </a>
      {t.questionEnd}
    </p>
  )
}
