import type { Payload } from 'payload'

import type { Locale } from '../core/locale'
import { facetValueLabel } from '../i18n/facets'
import type { FacetName } from '../search/port'
import { evidenceLevels, lessonKinds } from '../vocab'
import { runSiteSearch } from './search'

/**
 * The collection in figures: practices, lessons and documents counted by theme, country, target
 * group, evidence level and lesson kind. The counts are the search engine's own facet counts of
 * one search per content type, so each figure is what the search page finds for that type and
 * value, and each bar links to exactly that search.
 */

export const FIGURE_SERIES = ['practice', 'lesson', 'document'] as const
export type FigureSeries = (typeof FIGURE_SERIES)[number]

export type FigureDimension = Extract<FacetName, 'theme' | 'country' | 'targetGroup' | 'evidenceLevel' | 'lessonKind'>

export type FigureRow = { value: string; label: string; counts: Record<FigureSeries, number>; total: number }
export type FigureChart = { dimension: FigureDimension; series: FigureSeries[]; rows: FigureRow[] }
export type CollectionFigures = { totals: Record<FigureSeries, number>; charts: FigureChart[] }

/** Which content types each dimension counts, and for small fixed vocabularies, every value (zeros too). */
const DIMENSIONS: { dimension: FigureDimension; series: FigureSeries[]; every?: readonly { code: string }[] }[] = [
  { dimension: 'theme', series: ['practice', 'lesson', 'document'] },
  { dimension: 'country', series: ['practice', 'lesson', 'document'] },
  { dimension: 'targetGroup', series: ['practice', 'lesson', 'document'] },
  { dimension: 'evidenceLevel', series: ['practice'], every: evidenceLevels },
  { dimension: 'lessonKind', series: ['lesson'], every: lessonKinds },
]

/** The search a figure counts: one content type, one value. */
export const figureSearchPath = (locale: Locale, series: FigureSeries, dimension: FigureDimension, value: string) =>
  `/${locale}/search?${new URLSearchParams({ type: series, [dimension]: value })}`

export async function collectionFigures(payload: Payload, locale: Locale, pilotNames?: Map<string, string>): Promise<CollectionFigures> {
  const searches = await Promise.all(
    FIGURE_SERIES.map(async (series) => {
      const search = await runSiteSearch(payload, locale, { type: series }, { hitsPerPage: 1 })
      if (!search.ok) throw new Error(`The figures' search for ${series} is not valid`)
      return [series, search.result] as const
    }),
  )
  const results = new Map(searches)
  const totals = Object.fromEntries(FIGURE_SERIES.map((series) => [series, results.get(series)!.totalHits])) as Record<FigureSeries, number>
  const charts = DIMENSIONS.map(({ dimension, series, every }) => {
    const values = new Set<string>(every?.map((term) => term.code) ?? [])
    for (const type of series) for (const value of Object.keys(results.get(type)!.facetDistribution[dimension] ?? {})) values.add(value)
    const rows = [...values].map((value): FigureRow => {
      const counts = Object.fromEntries(
        FIGURE_SERIES.map((type) => [type, series.includes(type) ? (results.get(type)!.facetDistribution[dimension]?.[value] ?? 0) : 0]),
      ) as Record<FigureSeries, number>
      return {
        value,
        label: facetValueLabel(locale, dimension, value, pilotNames),
        counts,
        total: series.reduce((sum, type) => sum + counts[type], 0),
      }
    })
    // A fixed vocabulary keeps its own order; the others go from the most to the least.
    if (!every) rows.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label, locale))
    // Only the content types that have a value of this dimension at all.
    const shown = series.filter((type) => rows.some((row) => row.counts[type] > 0))
    return { dimension, series: shown.length ? shown : series, rows }
  })
  return { totals, charts }
}
