import { afterAll, beforeAll, describe } from 'vitest'
import type { SearchDocument } from '../../../src/search/document'
import type { SearchIndex, SearchRequest, SearchResult } from '../../../src/search/port'
import type { GlossaryTerms } from '../../../src/search/translation'
import { describeFiltersAndFacets, describePagination, describeSort } from './contract/filters-sort-pages'
import { describeFewerWords } from './contract/fewer-words'
import { describeCompounds, describeDidYouMean, describeFullText, describeTypos } from './contract/full-text'
import { describeHighlighting } from './contract/highlighting'
import { describeIndexContents } from './contract/index-contents'
import { describeAcrossLanguages, describeLocales } from './contract/languages'
import { describePlurals } from './contract/plurals'
import type { ContractSuite } from './contract/suite'
import { describeWrites } from './contract/writes'
import { ALL_FIXTURES, TEST_GLOSSARY } from './fixtures'

export { expectSafeHighlight } from './contract/expectations'

/**
 * The behaviour every SearchIndex adapter must have. Runs on the embedded engine always and
 * on Meilisearch wherever MEILI_HOST is set. Expectations are computed from the fixtures,
 * not hard-coded, so that the fixtures can grow. Each area of the behaviour is a file of
 * contract/, which this entry point runs in one suite on one shared index.
 */
export interface SearchContractOptions {
  /**
   * Whether a one-typo match ranks above a prefix-only match. The embedded engine does
   * (exact > typo > prefix). Meilisearch counts a prefix match as zero typos and ranks it
   * above a typo match, then uses `exactness`; its runner turns this check off.
   */
  typoRanksAbovePrefix?: boolean
  /** Called after the suite (e.g. to drop the indexes the factory created). */
  cleanup?: () => Promise<void>
}

/** What the suite gives the factory: the glossary to translate queries with. */
export interface SearchIndexInputs {
  glossary: readonly GlossaryTerms[]
}

export function describeSearchContract(
  name: string,
  makeIndex: (inputs: SearchIndexInputs) => Promise<SearchIndex>,
  options: SearchContractOptions = {},
): void {
  const typoRanksAbovePrefix = options.typoRanksAbovePrefix ?? true

  describe(`search contract: ${name}`, () => {
    let index: SearchIndex
    const search = (request: Partial<SearchRequest>): Promise<SearchResult> =>
      index.search({ locale: 'en', filters: {}, facets: [], sort: 'relevance', page: 1, hitsPerPage: 100, ...request })
    const ids = (result: SearchResult) => result.hits.map((hit) => hit.id)

    async function freshIndex(docs: SearchDocument[] = ALL_FIXTURES): Promise<SearchIndex> {
      const fresh = await makeIndex({ glossary: TEST_GLOSSARY })
      await fresh.applySettings()
      await fresh.upsert(docs)
      return fresh
    }

    beforeAll(async () => {
      index = await freshIndex()
    })
    afterAll(async () => {
      await options.cleanup?.()
    })

    const suite: ContractSuite = {
      get index() {
        return index
      },
      search,
      ids,
      freshIndex,
      typoRanksAbovePrefix,
    }
    describeIndexContents(suite)
    describeFullText(suite)
    describeCompounds(suite)
    describeTypos(suite)
    describePlurals(suite)
    describeAcrossLanguages(suite)
    describeDidYouMean(suite)
    describeFewerWords(suite)
    describeLocales(suite)
    describeFiltersAndFacets(suite)
    describeSort(suite)
    describePagination(suite)
    describeHighlighting(suite)
    describeWrites(suite)
  })
}
