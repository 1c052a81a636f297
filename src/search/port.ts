import type { SearchDocument, SearchLocale } from './document'

/** The facets a reader can filter on and get counts for. Each maps to one document attribute. */
export const FACET_NAMES = [
  'type',
  'country',
  'pilot',
  'themeGroup',
  'theme',
  'targetGroup',
  'interventionType',
  'evidenceLevel',
  'lessonKind',
  'year',
  'language',
  'fundingInstrument',
] as const
export type FacetName = (typeof FACET_NAMES)[number]

export const SEARCH_SORTS = ['relevance', 'newest', 'title'] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export const MAX_HITS_PER_PAGE = 100

export interface SearchRequest {
  locale: SearchLocale
  /** Full-text query; empty or absent means "everything" (filters and sort still apply). */
  q?: string
  /** Values within one facet are OR-ed, facets are AND-ed. Values are data, never syntax. */
  filters: Partial<Record<FacetName, string[]>>
  /** Which facet distributions to return. */
  facets: FacetName[]
  sort: SearchSort
  /** 1-based. */
  page: number
  /** 1..100. */
  hitsPerPage: number
  /** false: no "did you mean" when nothing is found (a probe that only needs the count). Default true. */
  suggest?: boolean
}

export interface SearchHighlight {
  /** Safe HTML: the text HTML-escaped, matches wrapped in <mark>…</mark>, nothing else. */
  title: string
  summary: string
  /** A snippet of about 30 words around the first match, same safety rules. */
  body: string
}

export type SearchHit = SearchDocument & { highlight: SearchHighlight }

export interface SearchResult {
  hits: SearchHit[]
  /** value -> number of hits (matching q and filters) that have it, for each requested facet. */
  facetDistribution: Partial<Record<FacetName, Record<string, number>>>
  totalHits: number
  page: number
  totalPages: number
  hitsPerPage: number
  processingTimeMs: number
  /**
   * "Did you mean": present only when a text query found nothing and a corrected query (built
   * from the index's own words, docs/search.md) finds something with the same filters. It stays
   * on a result that `searchWithFewerWords` found without some of the words.
   */
  suggestion?: string
  /**
   * The words of the query left out because no record has them (with the same filters), when
   * all the words together found nothing: set by `searchWithFewerWords` (fewer-words.ts) for
   * the search page and GET /api/search, never by an engine.
   */
  droppedWords?: string[]
}

export type SearchEngineName = 'embedded' | 'meilisearch'

export interface SearchHealth {
  ok: boolean
  engine: SearchEngineName
  detail?: string
}

/** A source of documents for a full rebuild: batches, possibly produced lazily. */
export type SearchDocumentSource = AsyncIterable<SearchDocument[]> | Iterable<SearchDocument[]>

/** The search port: everything the hub needs from a search engine. */
export interface SearchIndex {
  readonly engine: SearchEngineName
  /** Applies the settings (settings.ts) to the live indexes. Call before documents go in. */
  applySettings(): Promise<void>
  /** Adds or replaces documents; each goes to the index of its own locale. */
  upsert(docs: SearchDocument[]): Promise<void>
  /** Removes documents by id (from whichever locale holds them); unknown ids are ignored. */
  remove(ids: string[]): Promise<void>
  search(request: SearchRequest): Promise<SearchResult>
  /**
   * Builds a new index per locale from `docs`, then swaps it in atomically. If reading the
   * source or indexing fails, the old indexes stay in service and the promise rejects.
   */
  rebuild(docs: SearchDocumentSource, onProgress?: (done: number) => void): Promise<{ indexed: number }>
  /** Every document id in one locale's index (for the reconcile task). */
  listIds(locale: SearchLocale): Promise<string[]>
  health(): Promise<SearchHealth>
}

/**
 * Checks a request built by code (the HTTP layer uses request.ts); throws a RangeError on a
 * programming error so that no engine sees an out-of-range request.
 */
export function assertValidSearchRequest(request: SearchRequest): void {
  if (request.locale !== 'en' && request.locale !== 'fr') throw new RangeError(`Unknown locale ${String(request.locale)}`)
  if (!Number.isInteger(request.page) || request.page < 1) throw new RangeError('page must be an integer >= 1')
  if (!Number.isInteger(request.hitsPerPage) || request.hitsPerPage < 1 || request.hitsPerPage > MAX_HITS_PER_PAGE) {
    throw new RangeError(`hitsPerPage must be an integer in 1..${MAX_HITS_PER_PAGE}`)
  }
  if (!SEARCH_SORTS.includes(request.sort)) throw new RangeError(`Unknown sort ${String(request.sort)}`)
  for (const facet of request.facets) {
    if (!FACET_NAMES.includes(facet)) throw new RangeError(`Unknown facet ${String(facet)}`)
  }
  for (const [facet, values] of Object.entries(request.filters)) {
    if (!FACET_NAMES.includes(facet as FacetName)) throw new RangeError(`Unknown filter ${facet}`)
    if (values !== undefined && (!Array.isArray(values) || values.some((v) => typeof v !== 'string'))) {
      throw new RangeError(`Filter ${facet} must be a list of strings`)
    }
  }
}
