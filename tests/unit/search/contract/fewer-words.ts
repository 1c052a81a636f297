import { describe, expect, it } from 'vitest'
import { searchWithFewerWords } from '../../../../src/search/fewer-words'
import type { SearchRequest } from '../../../../src/search/port'
import { ALL_FIXTURES } from '../fixtures'
import { searchableWords } from './expectations'
import type { ContractSuite } from './suite'

/** When all the words together find nothing, the words no record has are left out (search/fewer-words.ts). */

export function describeFewerWords(suite: ContractSuite): void {
  const { search, ids } = suite
  const request = (q: string, more: Partial<SearchRequest> = {}): SearchRequest => ({
    locale: 'en',
    q,
    filters: {},
    facets: [],
    sort: 'relevance',
    page: 1,
    hitsPerPage: 100,
    ...more,
  })
  // A word in no fixture, whatever typo or prefix an engine allows.
  const unknown = 'qzxwvkj'

  describe('fewer words when all of them find nothing', () => {
    it('leaves out the words no record has, says which, and finds what the other words find', async () => {
      expect(ALL_FIXTURES.some((doc) => searchableWords(doc).some((word) => word.startsWith('qzx')))).toBe(false)
      // A query must match its first word (the "last" matching strategy): an unknown first word empties it.
      expect((await search({ q: `${unknown} microcredit` })).totalHits).toBe(0)
      const fewer = await searchWithFewerWords(suite.index, request(`${unknown} microcredit`))
      expect(fewer.droppedWords).toEqual([unknown])
      expect(ids(fewer)).toEqual(ids(await search({ q: 'microcredit' })))
      const two = await searchWithFewerWords(suite.index, request(`${unknown} qvvzkjx microcredit`))
      expect(two.droppedWords).toEqual([unknown, 'qvvzkjx'])
      expect(ids(two)).toEqual(ids(await search({ q: 'microcredit' })))
    })

    it('changes nothing when the whole query finds something, or when no word finds anything alone', async () => {
      // An unknown last word does not empty a query (the "last" strategy drops it): nothing to say.
      const found = await searchWithFewerWords(suite.index, request(`microcredit ${unknown}`))
      expect(found.droppedWords).toBeUndefined()
      expect(ids(found)).toEqual(ids(await search({ q: `microcredit ${unknown}` })))
      const nothing = await searchWithFewerWords(suite.index, request(`${unknown} qvvzkjx`))
      expect(nothing.totalHits).toBe(0)
      expect(nothing.droppedWords).toBeUndefined()
    })

    it("keeps the reader's filters: a word is left out only when no record within them has it", async () => {
      const filters = { type: ['pilot'] }
      const pilotsWithMicrocredit = (await search({ q: 'microcredit', filters })).totalHits
      expect(pilotsWithMicrocredit).toBeGreaterThan(0)
      expect(pilotsWithMicrocredit).toBeLessThan((await search({ q: 'microcredit' })).totalHits)
      const fewer = await searchWithFewerWords(suite.index, request(`${unknown} microcredit`, { filters }))
      expect(fewer.totalHits).toBe(pilotsWithMicrocredit)
      for (const hit of fewer.hits) expect(hit.type).toBe('pilot')
    })
  })
}
