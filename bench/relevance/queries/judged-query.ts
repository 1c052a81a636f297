import type { SearchLocale } from '../../../src/search/document'
import type { FacetName } from '../../../src/search/port'
import type { RecordRef } from '../records'

/** A judged query and its kinds (the set itself: ../queries.ts). */

export const QUERY_KINDS = ['exact', 'typo', 'compound', 'synonym', 'facet', 'question', 'cross-language'] as const
export type QueryKind = (typeof QUERY_KINDS)[number]

export type JudgedQuery = {
  id: string
  locale: SearchLocale
  kind: QueryKind
  /** The words typed; empty for a facet-only query. */
  q: string
  filters?: Partial<Record<FacetName, string[]>>
  expected: readonly RecordRef[]
  /** Why these records, when it is not obvious from the query. */
  note?: string
}
