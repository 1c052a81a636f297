import { hubEnv, meiliConnection, type MeiliConnection } from '../core/env'
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
 * The search engine for a Meilisearch connection (`src/core/env.ts`, `meiliConnection`), or the
 * embedded in-process engine without one (development, tests, small installs).
 */
export function searchIndexFor(connection: MeiliConnection | undefined): SearchIndex {
  // Both engines translate queries through the project's glossary (src/search/glossary/).
  const glossary = glossaryEntries()
  if (!connection) return createEmbeddedSearchIndex({ glossary })
  return createMeilisearchSearchIndex({ ...connection, glossary })
}

/**
 * The search engine that MEILI_HOST, MEILI_SEARCH_KEY, MEILI_ADMIN_KEY and MEILI_INDEX_PREFIX
 * name (validated by `meiliConnection`: a malformed value throws, naming the variable).
 */
export function createSearchIndex(env: SearchEnv = process.env): SearchIndex {
  return searchIndexFor(meiliConnection(env))
}

const GLOBAL_KEY = Symbol.for('inclusion-practice-hub.searchIndex')
type GlobalWithSearch = typeof globalThis & { [GLOBAL_KEY]?: SearchIndex }

/**
 * The process-wide search index. Kept on globalThis so that Next.js dev hot reloads, route
 * handlers and Payload hooks share one instance (the embedded engine lives in memory).
 */
export function getSearchIndex(): SearchIndex {
  const store = globalThis as GlobalWithSearch
  store[GLOBAL_KEY] ??= searchIndexFor(hubEnv().MEILI)
  return store[GLOBAL_KEY]
}

/** Replaces (or with no argument forgets) the process-wide instance: for tests and scripts. */
export function setSearchIndex(index?: SearchIndex): void {
  const store = globalThis as GlobalWithSearch
  if (index) store[GLOBAL_KEY] = index
  else delete store[GLOBAL_KEY]
}
