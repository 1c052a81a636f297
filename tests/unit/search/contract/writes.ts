import { beforeAll, describe, expect, it } from 'vitest'
import type { SearchDocument, SearchLocale } from '../../../../src/search/document'
import type { SearchIndex, SearchRequest } from '../../../../src/search/port'
import { ALL_FIXTURES, EN_FIXTURES, FR_FIXTURES } from '../fixtures'
import type { ContractSuite } from './suite'

/** The documents in batches of `size`, as a rebuild reads them; throws at `failAfter` documents when given. */
async function* batches(docs: SearchDocument[], size: number, failAfter?: number): AsyncGenerator<SearchDocument[]> {
  for (let i = 0; i < docs.length; i += size) {
    if (failAfter !== undefined && i >= failAfter) throw new Error('source failed on purpose')
    yield docs.slice(i, i + size)
  }
}

export function describeWrites(suite: ContractSuite): void {
  const { ids, freshIndex } = suite
  describe('writes', () => {
    /** The suite's shared index, made in its beforeAll. */
    let index: SearchIndex
    beforeAll(() => {
      index = suite.index
    })

    it('replaces a document on upsert and forgets removed ones', async () => {
      const local = await freshIndex()
      expect(ids(await local.search(req('instalments')))).toEqual(['practice-11-en'])
      const original = EN_FIXTURES.find((d) => d.id === 'practice-11-en')!
      await local.upsert([{ ...original, summary: 'Small loans combined with peer-support circles.' }])
      expect(ids(await local.search(req('instalments')))).toEqual([])
      expect(ids(await local.search(req('circles')))).toEqual(['practice-11-en'])
      expect((await local.listIds('en')).length).toBe(EN_FIXTURES.length)

      await local.remove(['practice-13-en', 'practice-99-en'])
      expect(ids(await local.search(req('micro')))).not.toContain('practice-13-en')
      expect(await local.listIds('en')).not.toContain('practice-13-en')
      expect((await local.listIds('en')).length).toBe(EN_FIXTURES.length - 1)
      expect((await local.listIds('fr')).length).toBe(FR_FIXTURES.length)
    })

    it('rejects invalid documents', async () => {
      const original = EN_FIXTURES[0]!
      await expect(index.upsert([{ ...original, id: 'pilot/1-en' }])).rejects.toThrow(/id/)
      await expect(index.upsert([{ ...original, id: 'pilot-2-en' }])).rejects.toThrow(/id/)
      await expect(index.upsert([{ ...original, countries: ['be'] }])).rejects.toThrow(/countries/)
    })

    it('rebuilds into a new index and swaps it in', async () => {
      const local = await freshIndex()
      const dropped = new Set(['practice-13-en', 'lesson-23-fr'])
      const changed = { ...EN_FIXTURES.find((d) => d.id === 'practice-12-en')!, title: 'Entrepreneurship training in evening classes' }
      const added: SearchDocument = {
        ...EN_FIXTURES.find((d) => d.id === 'practice-17-en')!,
        id: 'practice-40-en',
        recordId: '40',
        slug: 'savings-groups',
        title: 'Rotating savings groups for women',
        summary: 'Members save together every week.',
      }
      const next = [...ALL_FIXTURES.filter((d) => !dropped.has(d.id) && d.id !== changed.id), changed, added]
      const progress: number[] = []
      const result = await local.rebuild(batches(next, 7), (done) => progress.push(done))
      expect(result.indexed).toBe(next.length)
      expect(progress.at(-1)).toBe(next.length)
      for (const locale of ['en', 'fr'] as const) {
        expect(await local.listIds(locale)).toEqual(
          next
            .filter((d) => d.locale === locale)
            .map((d) => d.id)
            .sort(),
        )
      }
      expect(ids(await local.search(req('rotating')))).toEqual(['practice-40-en'])
      expect(ids(await local.search(req('evening classes')))[0]).toBe('practice-12-en')
      expect(ids(await local.search(req('micro')))).not.toContain('practice-13-en')

      // Also from a plain array of batches.
      await local.rebuild([EN_FIXTURES.slice(0, 3), FR_FIXTURES.slice(0, 2)])
      expect((await local.listIds('en')).length).toBe(3)
      expect((await local.listIds('fr')).length).toBe(2)
    })

    it('keeps the old index when a rebuild fails', async () => {
      const local = await freshIndex()
      const before = { en: await local.listIds('en'), fr: await local.listIds('fr') }
      const replacement = ALL_FIXTURES.map((d) => ({ ...d, title: `${d.title} replaced` }))
      await expect(local.rebuild(batches(replacement, 5, 10))).rejects.toThrow(/on purpose/)
      expect(await local.listIds('en')).toEqual(before.en)
      expect(await local.listIds('fr')).toEqual(before.fr)
      expect(ids(await local.search(req('replaced')))).toEqual([])
      expect(ids(await local.search(req('instalments')))).toEqual(['practice-11-en'])

      const invalid = [EN_FIXTURES.slice(0, 3), [{ ...EN_FIXTURES[3]!, id: 'not valid!' }]]
      await expect(local.rebuild(invalid)).rejects.toThrow()
      expect(await local.listIds('en')).toEqual(before.en)
      // The live index still accepts writes afterwards.
      await local.remove(['practice-11-en'])
      expect(ids(await local.search(req('instalments')))).toEqual([])
    })
  })
}

function req(q: string, locale: SearchLocale = 'en'): SearchRequest {
  return { locale, q, filters: {}, facets: [], sort: 'relevance', page: 1, hitsPerPage: 100 }
}
