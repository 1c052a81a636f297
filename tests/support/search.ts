import type { Payload } from 'payload'

import { createEmbeddedSearchIndex, setSearchIndex, type SearchIndex, type SearchLocale } from '../../src/search'
import type { SearchDocument } from '../../src/search/document'
import { seededRandom } from '../../bench/lib/synthetic'
import { SEARCH_QUEUE } from '../../src/search/sync/tasks'
import { allPublishedSearchDocuments } from '../../src/search/sync/source'

/** A fresh embedded index for this test file, installed as the process-wide one. */
export function freshSearchIndex(): SearchIndex {
  const index = createEmbeddedSearchIndex()
  setSearchIndex(index)
  return index
}

/** Runs the search jobs until none is left to run (failed ones are retried after their backoff). */
export async function runSearchJobs(payload: Payload, maxRounds = 200): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    const pending = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: SEARCH_QUEUE } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    })
    if (pending.totalDocs === 0) return
    await payload.jobs.run({ queue: SEARCH_QUEUE, limit: 500, silent: true })
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error('search jobs did not settle')
}

/** What the index should hold: every published record, as the public reads it, by id, with every indexed field. */
export async function expectedIndex(payload: Payload): Promise<Map<string, SearchDocument>> {
  const expected = new Map<string, SearchDocument>()
  for await (const batch of allPublishedSearchDocuments(payload)) {
    for (const doc of batch) expected.set(doc.id, doc)
  }
  return expected
}

/** What the index holds, by id, read back through searches (all pages, both locales), with every indexed field. */
export async function actualIndex(index: SearchIndex): Promise<Map<string, SearchDocument>> {
  const actual = new Map<string, SearchDocument>()
  for (const locale of ['en', 'fr'] as SearchLocale[]) {
    for (let page = 1; ; page++) {
      const result = await index.search({ locale, filters: {}, facets: [], sort: 'newest', page, hitsPerPage: 100 })
      for (const { highlight: _highlight, ...doc } of result.hits) actual.set(doc.id, doc)
      if (page >= result.totalPages) break
    }
  }
  return actual
}

/** Wraps a real index so that a share of its writes fail, as a flaky network would. */
export function flakyIndex(real: SearchIndex, failureRate: number, seed = 7): SearchIndex & { failures: number; enabled: boolean } {
  const random = seededRandom(seed)
  const wrapper = {
    failures: 0,
    enabled: true,
    get engine() {
      return real.engine
    },
    maybeFail(operation: string) {
      if (wrapper.enabled && random() < failureRate) {
        wrapper.failures++
        throw new Error(`injected search engine failure in ${operation}`)
      }
    },
    applySettings: async () => real.applySettings(),
    upsert: async (docs: Parameters<SearchIndex['upsert']>[0]) => {
      wrapper.maybeFail('upsert')
      return real.upsert(docs)
    },
    remove: async (ids: string[]) => {
      wrapper.maybeFail('remove')
      return real.remove(ids)
    },
    listIds: async (locale: SearchLocale) => {
      wrapper.maybeFail('listIds')
      return real.listIds(locale)
    },
    search: (request: Parameters<SearchIndex['search']>[0]) => real.search(request),
    rebuild: (docs: Parameters<SearchIndex['rebuild']>[0], onProgress?: (done: number) => void) => real.rebuild(docs, onProgress),
    health: () => real.health(),
  }
  return wrapper as unknown as SearchIndex & { failures: number; enabled: boolean }
}
