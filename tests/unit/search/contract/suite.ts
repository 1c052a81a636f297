import type { SearchDocument } from '../../../../src/search/document'
import type { SearchIndex, SearchRequest, SearchResult } from '../../../../src/search/port'

/** What describeSearchContract (../contract.ts) gives each part of the suite. */
export interface ContractSuite {
  /** The index all parts share, filled with every fixture before the first test. */
  readonly index: SearchIndex
  /** Searches the shared index; what the request leaves out is the default (English, page 1, 100 hits). */
  search: (request: Partial<SearchRequest>) => Promise<SearchResult>
  ids: (result: SearchResult) => string[]
  /** A new index of the adapter under test, with its settings and the given documents (all fixtures by default). */
  freshIndex: (docs?: SearchDocument[]) => Promise<SearchIndex>
  /** See SearchContractOptions. */
  typoRanksAbovePrefix: boolean
}
