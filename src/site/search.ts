import type { Payload } from 'payload'

import { readySearchIndex } from '../search/sync/ready'
import { searchWithFewerWords } from '../search/fewer-words'
import { clientAddress, consumeRateLimit, TooManyRequests } from '../security/rate-limit'
import { parseSearchParams, type SearchParamError } from '../search/request'
import { FACET_NAMES, type FacetName, type SearchHit, type SearchRequest, type SearchResult } from '../search/port'
import type { contentTypes } from '../model/content-types'
import type { SearchDocType } from '../search/document'
import type { Locale } from '../core/locale'

/**
 * The search page's state is its URL: the same parameters as GET /api/search (q, the facets,
 * sort, page), minus `locale` (the path says it). This module turns the page's search params
 * into a request, runs it on the search port, and builds the links that change one thing.
 */

export type PageSearchParams = Record<string, string | string[] | undefined>

/** Parameters the page owns; anything else in the URL (e.g. utm_*) is ignored, not an error. */
const PAGE_PARAMS = new Set<string>(['q', 'sort', 'page', ...FACET_NAMES])

export function toUrlParams(searchParams: PageSearchParams, fixed: Partial<Record<FacetName, string>> = {}): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(searchParams)) {
    if (!PAGE_PARAMS.has(name) || name in fixed) continue
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      if (name === 'q' && !item.trim()) continue
      if ((name === 'sort' && item === 'relevance') || (name === 'page' && item === '1')) continue
      params.append(name, item)
    }
  }
  return params
}

export type SiteSearch =
  | { ok: true; params: URLSearchParams; request: SearchRequest; result: SearchResult }
  | { ok: false; params: URLSearchParams; errors: SearchParamError[]; retryAfterSeconds?: number }

export const SEARCH_PAGE_SIZE = 10

/**
 * How long the portal's server may answer an identical search URL from its page cache
 * (src/cli/public-html.ts); any change to public content empties that cache sooner.
 */
export const SEARCH_PAGE_CACHE_SECONDS = 60

/** Runs the search that the URL describes (with `fixed` filters for the list pages). */
export async function runSiteSearch(
  payload: Payload,
  locale: Locale,
  searchParams: PageSearchParams,
  options: {
    fixed?: Partial<Record<FacetName, string>>
    hitsPerPage?: number
    page?: number
    /** The request's headers: the search counts against the searches per address (GET /api/search's budget). */
    limitFor?: Headers
    /** As the search page: when all the words find nothing, leave out those no record has (search/fewer-words.ts). */
    fewerWords?: boolean
  } = {},
): Promise<SiteSearch> {
  const fixed = options.fixed ?? {}
  const params = toUrlParams(searchParams, fixed)
  const query = new URLSearchParams(params)
  // Several `q`, `sort` or `page` (a hand-edited URL) are errors of the parser: keep the first of each.
  for (const scalar of ['q', 'sort', 'page']) {
    const first = query.get(scalar)
    if (first !== null && query.getAll(scalar).length > 1) query.set(scalar, first)
  }
  for (const [facet, value] of Object.entries(fixed)) query.set(facet, value)
  query.set('locale', locale)
  query.set('hitsPerPage', String(options.hitsPerPage ?? SEARCH_PAGE_SIZE))
  if (options.page) query.set('page', String(options.page))
  const parsed = parseSearchParams(query)
  if (!parsed.ok) return { ok: false, params, errors: parsed.errors }
  if (options.limitFor) {
    try {
      await consumeRateLimit('search', clientAddress({ headers: options.limitFor }), { payload, headers: options.limitFor }, 'searches')
    } catch (error) {
      if (!(error instanceof TooManyRequests)) throw error
      const retryAfterSeconds = (error.data as { retryAfterSeconds: number }).retryAfterSeconds
      return { ok: false, params, errors: [{ parameter: 'searches', message: error.message }], retryAfterSeconds }
    }
  }
  const index = await readySearchIndex(payload)
  const result = options.fewerWords ? await searchWithFewerWords(index, parsed.request) : await index.search(parsed.request)
  return { ok: true, params, request: parsed.request, result }
}

/** `params` with one change, as a query string (page resets unless it is the change). */
export function withChange(
  params: URLSearchParams,
  change: { set?: Record<string, string | null>; add?: [string, string]; remove?: [string, string] },
): string {
  const next = new URLSearchParams(params)
  if (!change.set || !('page' in change.set)) next.delete('page')
  for (const [name, value] of Object.entries(change.set ?? {})) {
    next.delete(name)
    if (value !== null) next.set(name, value)
  }
  if (change.add) next.append(...change.add)
  if (change.remove) {
    const [name, value] = change.remove
    const kept = next.getAll(name).filter((item) => item !== value)
    next.delete(name)
    for (const item of kept) next.append(name, item)
  }
  const text = next.toString()
  return text ? `?${text}` : ''
}

/** The Atom feed of a search: the same parameters on /{locale}/feed.xml (see the feed route). */
export const searchFeedPath = (locale: Locale, params: URLSearchParams) => {
  const query = new URLSearchParams(params)
  for (const name of ['page', 'sort']) query.delete(name)
  const text = query.toString()
  return `/${locale}/feed.xml${text ? `?${text}` : ''}`
}

export type SearchSection = { path: 'search' | (typeof contentTypes)[SearchDocType]['path']; type?: SearchDocType }

/** Facets shown for each list: the type facet only on the full search, the others where they mean something. */
export function facetsFor(type?: SearchDocType): FacetName[] {
  const all: FacetName[] = [
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
  ]
  if (!type) return all
  const hidden: Record<SearchDocType, FacetName[]> = {
    practice: ['type', 'lessonKind', 'fundingInstrument'],
    lesson: ['type', 'evidenceLevel', 'language', 'fundingInstrument', 'targetGroup', 'interventionType'],
    pilot: ['type', 'evidenceLevel', 'lessonKind', 'language', 'pilot'],
    document: ['type', 'evidenceLevel', 'lessonKind', 'fundingInstrument', 'targetGroup', 'interventionType'],
  }
  return all.filter((facet) => !hidden[type].includes(facet))
}

/**
 * The language a hit's text is written in (a record without a translation is indexed in the other
 * locale with its original text).
 */
export const contentLanguageOf = (hit: Pick<SearchHit, 'contentLanguage'>): Locale | null =>
  hit.contentLanguage === 'en' || hit.contentLanguage === 'fr' ? hit.contentLanguage : null

/**
 * The engine's "did you mean" for a query that found nothing: a correction made from the index's
 * own terms, when the engine offers one and it differs from what was typed.
 */
export function didYouMeanOf(result: Pick<SearchResult, 'suggestion'>, q: string): string | null {
  const text = result.suggestion?.trim()
  if (!text) return null
  return text.toLowerCase() === q.trim().toLowerCase() ? null : text
}

/**
 * Canonical address and indexing of a search or list page: a page is canonical to itself, its
 * page number included; only the plain list pages (no query, filter or sort) are worth indexing,
 * page after page.
 */
export function searchPageIndexing(searchParams: PageSearchParams, fixed: Partial<Record<FacetName, string>> = {}) {
  const params = toUrlParams(searchParams, fixed)
  const query = params.toString()
  return { query: query ? `?${query}` : '', indexable: [...params.keys()].every((name) => name === 'page') }
}
