import { MeilisearchApiError, type Filter, type Settings, type Task } from 'meilisearch'
import type { SearchLocale } from '../document'
import { FACET_NAMES, type FacetName, type SearchRequest } from '../port'
import { FACET_ATTRIBUTES, SEARCH_SETTINGS, synonymMap } from '../settings'
import { SUGGESTION_TYPOS } from '../suggestion'

/**
 * What the Meilisearch adapter sends as settings, filters and index names, and how it reads
 * errors. The settings are built from the shared constants (settings.ts), so that both engines
 * search alike (docs/search.md, "Meilisearch settings").
 */

export const LOCALE_CODES: Record<SearchLocale, string> = { en: 'eng', fr: 'fra' }

/**
 * Word separators added to Meilisearch's own list: the Unicode hyphens and dashes and the
 * typographic apostrophe ("l’intégration"), which the embedded engine treats as separators
 * too. The ASCII hyphen already is one (a soft separator): "micro-crédit" is indexed as two
 * words, found as "micro crédit", and as "microcrédit" through Meilisearch's concatenation of
 * query words; a query "microcrédit" finds "micro crédit" through its split of query words.
 */
export const SEPARATOR_TOKENS = ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2019']

export function meilisearchSettings(locale: SearchLocale): Settings {
  return {
    searchableAttributes: [...SEARCH_SETTINGS.searchableAttributes],
    filterableAttributes: [...SEARCH_SETTINGS.filterableAttributes],
    sortableAttributes: [...SEARCH_SETTINGS.sortableAttributes],
    displayedAttributes: ['*'],
    rankingRules: [...SEARCH_SETTINGS.rankingRules],
    synonyms: synonymMap(locale),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: {
        oneTypo: SEARCH_SETTINGS.typoTolerance.minWordSizeForOneTypo,
        twoTypos: SEARCH_SETTINGS.typoTolerance.minWordSizeForTwoTypos,
      },
    },
    separatorTokens: [...SEPARATOR_TOKENS],
    // Nothing may stop separating (a compound must stay findable by its parts), and no
    // dictionary entry may glue words into one token ("micro-credit" would no longer be "micro credit").
    nonSeparatorTokens: [],
    dictionary: [],
    faceting: { maxValuesPerFacet: SEARCH_SETTINGS.faceting.maxValuesPerFacet },
    pagination: { maxTotalHits: SEARCH_SETTINGS.pagination.maxTotalHits },
    searchCutoffMs: SEARCH_SETTINGS.searchCutoffMs,
    localizedAttributes: [{ attributePatterns: ['*'], locales: [LOCALE_CODES[locale]] }],
  }
}

/**
 * The terms index of a locale (`<index>_terms`): one document per word of the indexed texts,
 * searched for "did you mean" with more typos allowed than a search (suggestion.ts), and no
 * prefix matching (a correction is a whole word).
 */
export function termsIndexSettings(locale: SearchLocale): Settings {
  return {
    searchableAttributes: ['term'],
    displayedAttributes: ['term'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ['typo', 'words', 'exactness'],
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: {
        oneTypo: SUGGESTION_TYPOS.minWordSizeForOneTypo,
        twoTypos: SUGGESTION_TYPOS.minWordSizeForTwoTypos,
      },
    },
    prefixSearch: 'disabled',
    separatorTokens: [...SEPARATOR_TOKENS],
    localizedAttributes: [{ attributePatterns: ['*'], locales: [LOCALE_CODES[locale]] }],
  }
}

/** Quotes a value for a Meilisearch filter expression: the value can never become syntax. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

/**
 * The structured filters as a Meilisearch array filter: the outer array is AND-ed, each
 * inner array OR-ed. Attribute names come from settings (never from the request); every
 * value is quoted and escaped.
 */
export function toMeilisearchFilter(filters: SearchRequest['filters']): Filter | undefined {
  const clauses: string[][] = []
  for (const facet of FACET_NAMES) {
    const values = filters[facet]
    if (!values || values.length === 0) continue
    const attribute = FACET_ATTRIBUTES[facet]
    clauses.push([...new Set(values)].map((value) => `${attribute} = ${quoteFilterValue(value)}`))
  }
  return clauses.length > 0 ? clauses : undefined
}

export const ATTRIBUTE_TO_FACET = new Map<string, FacetName>(FACET_NAMES.map((facet) => [FACET_ATTRIBUTES[facet], facet]))

export class MeilisearchTaskError extends Error {
  constructor(
    readonly task: Task,
    what: string,
  ) {
    super(
      `Meilisearch task ${task.uid} (${what}, ${task.type} on ${task.indexUid ?? 'no index'}) ended ${task.status}` +
        (task.error ? `: ${task.error.code}: ${task.error.message}` : ''),
    )
    this.name = 'MeilisearchTaskError'
  }
}

export function isNotFound(error: unknown): boolean {
  // A custom httpClient's errors arrive wrapped in a MeilisearchRequestError: look one level down.
  const candidates = [error, (error as { cause?: unknown } | undefined)?.cause]
  return candidates.some((e) => e instanceof MeilisearchApiError && (e.cause?.code === 'index_not_found' || e.response.status === 404))
}
