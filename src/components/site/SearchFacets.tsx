import type { Locale } from '@/core/locale'
import { messagesFor } from '@/i18n/messages'
import type { SearchResult } from '@/search/port'
import { formatNumber } from '@/site/format'
import { facetsFor, type SearchSection } from '@/site/search'

/** Values shown before "show more" in each facet group. */
const VISIBLE_VALUES = 5
/** Facet groups open by default (others open when one of their values is selected). */
const OPEN_GROUPS = 3

type Props = {
  locale: Locale
  /** The section's fixed record type, when it has one: it decides which facets are offered. */
  type: SearchSection['type']
  /** The search form the checkboxes belong to. */
  formId: string
  filtersId: string
  params: URLSearchParams
  facetDistribution: SearchResult['facetDistribution']
  totalHits: number
  label: (facet: string, value: string) => string
}

/**
 * The facet groups of the search form: checkboxes with their counts, the values chosen first, the
 * long tail behind "show more". On a phone they are a popover opened by the "Filters" button of
 * the results bar; on a wide screen a column beside the results (see styles/search.css).
 */
export function SearchFacets({ locale, type, formId, filtersId, params, facetDistribution, totalHits, label }: Props) {
  const t = messagesFor(locale)
  return (
    <div className="facets" id={filtersId} popover="auto" role="group" aria-labelledby={`${filtersId}-title`}>
      <div className="facets-head">
        <h2 id={`${filtersId}-title`}>{t.filters}</h2>
        <button type="button" className="filters-close" popoverTarget={filtersId} popoverTargetAction="hide" data-search-region="close">
          {t.closeFilters(formatNumber(locale, totalHits), totalHits)}
        </button>
      </div>
      <div data-search-region="facets">
        {facetsFor(type).map((facet, groupIndex) => {
          const distribution = facetDistribution[facet] ?? {}
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
      </div>
      <button type="submit" className="apply-filters">
        {t.applyFilters}
      </button>
    </div>
  )
}
