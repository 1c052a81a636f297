import { beforeAll, describe, expect, it } from 'vitest'
import type { SearchIndex } from '../../../../src/search/port'
import { EN_FIXTURES, fixturesOf } from '../fixtures'
import type { ContractSuite } from './suite'

export function describeIndexContents(suite: ContractSuite): void {
  const { search, ids } = suite
  describe('index contents', () => {
    /** The suite's shared index, made in its beforeAll. */
    let index: SearchIndex
    beforeAll(() => {
      index = suite.index
    })

    it('reports healthy', async () => {
      const health = await index.health()
      expect(health.ok).toBe(true)
      expect(health.engine).toBe(index.engine)
    })

    it('lists the ids of each locale', async () => {
      for (const locale of ['en', 'fr'] as const) {
        expect(await index.listIds(locale)).toEqual(
          fixturesOf(locale)
            .map((d) => d.id)
            .sort(),
        )
      }
    })

    it('returns every document of the locale for an empty query', async () => {
      for (const locale of ['en', 'fr'] as const) {
        const result = await search({ locale })
        expect(result.totalHits).toBe(fixturesOf(locale).length)
        expect(ids(result).sort()).toEqual(
          fixturesOf(locale)
            .map((d) => d.id)
            .sort(),
        )
      }
    })

    it('returns documents with every field as indexed (sentinels removed)', async () => {
      const result = await search({ q: 'toolkit' })
      const hit = result.hits.find((h) => h.id === 'document-32-en')
      const fixture = EN_FIXTURES.find((d) => d.id === 'document-32-en')!
      expect(hit).toBeDefined()
      const { highlight, ...doc } = hit!
      expect(highlight).toBeDefined()
      expect(doc).toEqual({ ...fixture, summary: fixture.summary.replace(/[\u0001\u0002]/g, '') })
    })
  })
}
