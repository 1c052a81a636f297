import { createEmbeddedSearchIndex } from './embedded'
import { glossaryEntries } from './glossary'
import { createMeilisearchSearchIndex } from './meilisearch'
import type { SearchIndex } from './port'

export * from './document'
export * from './port'
export { SEARCH_SETTINGS, FACET_ATTRIBUTES, SEARCHABLE_ATTRIBUTES, SYNONYM_GROUPS } from './settings'
export { parseSearchParams, type SearchParamError, type ParseSearchParamsResult } from './request'
export { renderHighlight, escapeHtml } from './highlight'
export { EmbeddedSearchIndex, createEmbeddedSearchIndex } from './embedded'
export { MeilisearchSearchIndex, createMeilisearchSearchIndex, type MeilisearchSearchIndexOptions } from './meilisearch'
export { QueryTranslator, type GlossaryTerms } from './translation'

export type SearchEnv = Partial<Record<string, string | undefined>>

/**
 * The search engine for this configuration:
 * - `MEILI_HOST` set: Meilisearch, with `MEILI_SEARCH_KEY` (search-only key, for searches),
 *   `MEILI_ADMIN_KEY` (writes) and optional `MEILI_INDEX_PREFIX` (default 'hub'). One key is
 *   enough: the search key alone gives a read-only index (the portal when a worker indexes), the
 *   admin key alone is used for searches too (the worker);
 * - otherwise the embedded in-process engine (development, tests, small installs).
 * A malformed value throws an Error that names the variable.
 */
export function createSearchIndex(env: SearchEnv = process.env): SearchIndex {
  const host = env.MEILI_HOST?.trim()
  // Both engines translate queries through the project's glossary (src/search/glossary/).
  const glossary = glossaryEntries()
  if (!host) return createEmbeddedSearchIndex({ glossary })
  try {
    const url = new URL(host)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
  } catch {
    throw new Error(`MEILI_HOST must be an http(s) URL such as http://localhost:7700 (got "${host}")`)
  }
  const adminKey = env.MEILI_ADMIN_KEY?.trim()
  const searchKey = env.MEILI_SEARCH_KEY?.trim()
  if (!adminKey && !searchKey) {
    throw new Error(
      'MEILI_SEARCH_KEY (search-only key) or MEILI_ADMIN_KEY (key that writes the indexes) is required when MEILI_HOST is set',
    )
  }
  const indexPrefix = env.MEILI_INDEX_PREFIX?.trim() || 'hub'
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(indexPrefix)) {
    throw new Error(`MEILI_INDEX_PREFIX may only contain letters, digits, - and _ (got "${indexPrefix}")`)
  }
  return createMeilisearchSearchIndex({ host, adminKey: adminKey || undefined, searchKey: searchKey || undefined, indexPrefix, glossary })
}

const GLOBAL_KEY = Symbol.for('inclusion-practice-hub.searchIndex')
type GlobalWithSearch = typeof globalThis & { [GLOBAL_KEY]?: SearchIndex }

/**
 * The process-wide search index. Kept on globalThis so that Next.js dev hot reloads, route
 * handlers and Payload hooks share one instance (the embedded engine lives in memory).
 */
export function getSearchIndex(): SearchIndex {
  const store = globalThis as GlobalWithSearch
  store[GLOBAL_KEY] ??= createSearchIndex(process.env)
  return store[GLOBAL_KEY]
}

/** Replaces (or with no argument forgets) the process-wide instance: for tests and scripts. */
export function setSearchIndex(index?: SearchIndex): void {
  const store = globalThis as GlobalWithSearch
  if (index) store[GLOBAL_KEY] = index
  else delete store[GLOBAL_KEY]
}
