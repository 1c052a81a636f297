import type { Meilisearch, SearchParams } from 'meilisearch'
import type { SearchDocument, SearchLocale } from '../document'
import { HIGHLIGHT_END, HIGHLIGHT_START, renderHighlight } from '../highlight'
import type { SearchHit, SearchRequest, SearchResult } from '../port'
import { foldedWords } from '../analysis'
import {
  FACET_ATTRIBUTES,
  matchingStrategyFor,
  SEARCH_SETTINGS,
  SORT_RULES,
  type OTHER_LANGUAGE_ATTRIBUTE,
  type TITLE_SORT_ATTRIBUTE,
} from '../settings'
import { bestSuggestion, suggestionVariants } from '../suggestion'
import type { QueryTranslator } from '../translation'
import { ATTRIBUTE_TO_FACET, LOCALE_CODES, toMeilisearchFilter } from './settings'
import { wordCorrections } from './terms'

/**
 * The search method of the Meilisearch adapter.
 * - A query the glossary knows nothing of is one search, as Meilisearch gives it.
 * - Otherwise it is a federated multi-search on the locale's index: the query as typed (weight
 *   1) and its translations (translation.ts) with TRANSLATION_WEIGHT. Meilisearch merges the
 *   hits by weighted ranking score, each document once (with its best score), and counts the
 *   facets and the total over the union of their matches: a translated match ranks below every
 *   match of the reader's own words, as in the embedded engine.
 * - When a text query finds nothing, "did you mean" (suggestion.ts) from the terms index.
 */

/**
 * Weight of the translated queries. Ranking scores are in [0, 1]: a translated match scores at
 * most 0.01, below any match of the reader's own words short of one matching a single word of a
 * query of more than a hundred.
 */
export const TRANSLATION_WEIGHT = 0.01

export type StoredDocument = SearchDocument & { [TITLE_SORT_ATTRIBUTE]: string; [OTHER_LANGUAGE_ATTRIBUTE]: 0 | 1 }
type FormattedFields = { title?: unknown; summary?: unknown; body?: unknown }
type RawHit = StoredDocument & Record<string, unknown>

export interface MeilisearchSearchContext {
  searcher: Meilisearch
  indexUid(locale: SearchLocale): string
  termsUid(locale: SearchLocale): string
  translator: QueryTranslator
}

export async function searchMeilisearch(context: MeilisearchSearchContext, request: SearchRequest): Promise<SearchResult> {
  const q = request.q ?? ''
  const translations = q.trim() ? context.translator.translatedQueries(q, request.locale, SEARCH_SETTINGS.maxQueryWords) : []
  const result = translations.length > 0 ? await federatedSearch(context, request, translations) : await singleSearch(context, request)
  if (result.totalHits === 0 && q.trim() && request.suggest !== false) {
    const suggestion = await suggest(context, request)
    if (suggestion) result.suggestion = suggestion
  }
  return result
}

/** The parameters every query of a request shares (no pagination, no facets). */
function commonParams(request: SearchRequest) {
  const sortRule = SORT_RULES[request.sort]
  const words = foldedWords(request.q ?? '').slice(0, SEARCH_SETTINGS.maxQueryWords).length
  return {
    matchingStrategy: matchingStrategyFor(words),
    filter: toMeilisearchFilter(request.filters),
    sort: sortRule ? [sortRule] : undefined,
    attributesToHighlight: ['title', 'summary', 'body'],
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
    attributesToCrop: ['body'],
    cropLength: SEARCH_SETTINGS.cropLength,
    cropMarker: SEARCH_SETTINGS.cropMarker,
    locales: [LOCALE_CODES[request.locale]],
  } satisfies SearchParams
}

async function singleSearch(context: MeilisearchSearchContext, request: SearchRequest): Promise<SearchResult> {
  const facets = [...new Set(request.facets)]
  const params = {
    ...commonParams(request),
    facets: facets.map((facet) => FACET_ATTRIBUTES[facet]),
    page: request.page,
    hitsPerPage: request.hitsPerPage,
  } satisfies SearchParams
  const response = await context.searcher
    .index<StoredDocument>(context.indexUid(request.locale))
    .search<StoredDocument, typeof params>(request.q ?? '', params)
  return {
    hits: response.hits.map((hit) => toHit(hit as RawHit)),
    facetDistribution: toFacets(facets, response.facetDistribution),
    totalHits: response.totalHits,
    page: response.page,
    totalPages: response.totalPages,
    hitsPerPage: response.hitsPerPage,
    processingTimeMs: response.processingTimeMs,
  }
}

async function federatedSearch(context: MeilisearchSearchContext, request: SearchRequest, translations: string[]): Promise<SearchResult> {
  const uid = context.indexUid(request.locale)
  const facets = [...new Set(request.facets)]
  const offset = (request.page - 1) * request.hitsPerPage
  const limit = Math.max(0, Math.min(request.hitsPerPage, SEARCH_SETTINGS.pagination.maxTotalHits - offset))
  const common = commonParams(request)
  const response = await context.searcher.multiSearch<
    { federation: { offset: number; limit: number }; queries: { indexUid: string; q: string }[] },
    StoredDocument
  >({
    federation: {
      offset,
      limit,
      ...(facets.length > 0 ? { facetsByIndex: { [uid]: facets.map((facet) => FACET_ATTRIBUTES[facet]) } } : {}),
    },
    queries: [
      { indexUid: uid, q: request.q ?? '', ...common },
      ...translations.map((q) => ({ indexUid: uid, q, ...common, federationOptions: { weight: TRANSLATION_WEIGHT } })),
    ],
  })
  const estimated = (response as { estimatedTotalHits?: number }).estimatedTotalHits ?? response.hits.length
  const totalHits = Math.min(estimated, SEARCH_SETTINGS.pagination.maxTotalHits)
  return {
    hits: response.hits.map((hit) => toHit(hit as RawHit)),
    facetDistribution: toFacets(facets, response.facetsByIndex?.[uid]?.distribution),
    totalHits,
    page: request.page,
    totalPages: Math.ceil(totalHits / request.hitsPerPage),
    hitsPerPage: request.hitsPerPage,
    processingTimeMs: response.processingTimeMs,
  }
}

function toFacets(facets: SearchRequest['facets'], distribution: Record<string, Record<string, number>> | undefined) {
  const out: SearchResult['facetDistribution'] = {}
  for (const facet of facets) out[facet] = {}
  for (const [attribute, values] of Object.entries(distribution ?? {})) {
    const facet = ATTRIBUTE_TO_FACET.get(attribute)
    if (facet) out[facet] = { ...values }
  }
  return out
}

function toHit(hit: RawHit): SearchHit {
  const { _formatted, _matchesPosition, _rankingScore, _rankingScoreDetails, _federation, titleSort, otherLanguage, ...doc } = hit
  void _matchesPosition
  void _rankingScore
  void _rankingScoreDetails
  void _federation
  void titleSort
  void otherLanguage
  const formatted = (_formatted ?? {}) as FormattedFields
  const text = (value: unknown, fallback: string) => renderHighlight(typeof value === 'string' ? value : fallback)
  return {
    ...(doc as unknown as SearchDocument),
    highlight: {
      title: text(formatted.title, doc.title),
      summary: text(formatted.summary, doc.summary),
      body: text(formatted.body, ''),
    },
  }
}

/** The corrected query that finds the most with the reader's filters (counted in one multi-search), if any. */
async function suggest(context: MeilisearchSearchContext, request: SearchRequest): Promise<string | undefined> {
  const variants = suggestionVariants(await wordCorrections(context.searcher, context.termsUid(request.locale), request.q ?? ''))
  if (variants.length === 0) return undefined
  const { filter } = commonParams(request)
  const { results } = await context.searcher.multiSearch({
    queries: variants.map((q) => ({
      indexUid: context.indexUid(request.locale),
      q,
      filter,
      page: 1,
      hitsPerPage: 1,
      locales: [LOCALE_CODES[request.locale]],
    })),
  })
  return bestSuggestion(
    variants,
    results.map((r) => r.totalHits ?? r.estimatedTotalHits ?? 0),
  )
}
