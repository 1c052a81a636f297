import { describe, expect, it } from 'vitest'
import type { SearchLocale } from '../../../../src/search/document'
import { FACET_NAMES, type SearchRequest } from '../../../../src/search/port'
import { titleSortKey } from '../../../../src/search/settings'
import { EN_FIXTURES, fixturesOf } from '../fixtures'
import { expectedDistribution, matchesFilters } from './expectations'
import type { ContractSuite } from './suite'

/** Filters with their facet counts, the sorts, and paging through the hits. */

export function describeFiltersAndFacets({ search, ids }: ContractSuite): void {
  describe('filters and facets', () => {
    const cases: { locale: SearchLocale; filters: SearchRequest['filters'] }[] = [
      { locale: 'en', filters: {} },
      { locale: 'fr', filters: {} },
      { locale: 'en', filters: { country: ['BE'] } },
      { locale: 'en', filters: { type: ['practice', 'lesson'] } },
      { locale: 'en', filters: { country: ['BE', 'NL'], themeGroup: ['economic-inclusion'] } },
      { locale: 'en', filters: { type: ['practice'], evidenceLevel: ['monitored'] } },
      { locale: 'en', filters: { year: ['2023', '2025'], language: ['fr'] } },
      { locale: 'en', filters: { pilot: ['smile'], lessonKind: ['success'] } },
      { locale: 'en', filters: { fundingInstrument: ['ceb-loan'], interventionType: ['microcredit'] } },
      { locale: 'fr', filters: { theme: ['recognition-qualifications'], targetGroup: ['refugees'] } },
    ]
    for (const { locale, filters } of cases) {
      it(`filters and counts every facet: ${locale} ${JSON.stringify(filters)}`, async () => {
        const expectedDocs = fixturesOf(locale).filter((d) => matchesFilters(d, filters))
        expect(expectedDocs.length).toBeGreaterThan(0)
        const result = await search({ locale, filters, facets: [...FACET_NAMES] })
        expect(ids(result).sort()).toEqual(expectedDocs.map((d) => d.id).sort())
        expect(result.totalHits).toBe(expectedDocs.length)
        for (const facet of FACET_NAMES) {
          expect(result.facetDistribution[facet] ?? {}, facet).toEqual(expectedDistribution(expectedDocs, facet))
        }
      })
    }

    it('counts facets on the hits of a query with filters', async () => {
      const result = await search({ q: 'training', filters: { country: ['NL', 'IT'] }, facets: [...FACET_NAMES] })
      expect(result.totalHits).toBeGreaterThan(1)
      expect(result.hits.length).toBe(result.totalHits)
      for (const hit of result.hits) expect(hit.countries.some((c) => c === 'NL' || c === 'IT')).toBe(true)
      for (const facet of FACET_NAMES) {
        expect(result.facetDistribution[facet] ?? {}, facet).toEqual(expectedDistribution(result.hits, facet))
      }
    })

    it('returns only the requested facets', async () => {
      const result = await search({ facets: ['country', 'year'] })
      expect(Object.keys(result.facetDistribution).sort()).toEqual(['country', 'year'])
    })

    it('treats filter values as data, not syntax', async () => {
      for (const value of ['BE" OR type = "lesson', "BE' OR 1=1", 'BE\\', '"', 'NOT BE', 'countries EXISTS']) {
        const result = await search({ filters: { country: [value] } })
        expect(result.totalHits, value).toBe(0)
      }
      const unknown = await search({ filters: { theme: ['no-such-theme'] }, facets: ['type'] })
      expect(unknown.hits).toEqual([])
      expect(unknown.totalHits).toBe(0)
    })
  })
}

export function describeSort({ search }: ContractSuite): void {
  describe('sort', () => {
    it('sorts by newest', async () => {
      for (const q of ['', 'training']) {
        const result = await search({ q, sort: 'newest' })
        expect(result.hits.length).toBeGreaterThan(2)
        const dates = result.hits.map((h) => h.publishedAt)
        expect(dates).toEqual([...dates].sort((a, b) => b - a))
      }
    })

    it('sorts by title, ignoring case and accents', async () => {
      for (const locale of ['en', 'fr'] as const) {
        const result = await search({ locale, sort: 'title' })
        const keys = result.hits.map((h) => titleSortKey(h.title))
        expect(keys).toEqual([...keys].sort())
        expect(result.totalHits).toBe(fixturesOf(locale).length)
      }
    })
  })
}

export function describePagination({ search, ids }: ContractSuite): void {
  describe('pagination', () => {
    const total = EN_FIXTURES.length

    it('pages through every hit exactly once, the last page partial', async () => {
      const hitsPerPage = 5
      const expectedPages = Math.ceil(total / hitsPerPage)
      expect(total % hitsPerPage).not.toBe(0)
      const seen: string[] = []
      for (let page = 1; page <= expectedPages; page++) {
        const result = await search({ sort: 'newest', page, hitsPerPage })
        expect(result.page).toBe(page)
        expect(result.hitsPerPage).toBe(hitsPerPage)
        expect(result.totalHits).toBe(total)
        expect(result.totalPages).toBe(expectedPages)
        expect(result.hits.length).toBe(page < expectedPages ? hitsPerPage : total - hitsPerPage * (expectedPages - 1))
        seen.push(...ids(result))
      }
      expect([...new Set(seen)].sort()).toEqual(EN_FIXTURES.map((d) => d.id).sort())
      expect(seen.length).toBe(total)
    })

    it('returns no hits but correct totals beyond the last page', async () => {
      const result = await search({ page: 99, hitsPerPage: 10, facets: ['type'] })
      expect(result.hits).toEqual([])
      expect(result.totalHits).toBe(total)
      expect(result.totalPages).toBe(Math.ceil(total / 10))
      expect(result.page).toBe(99)
      expect(result.facetDistribution.type).toEqual(expectedDistribution(EN_FIXTURES, 'type'))
    })

    it('supports hitsPerPage 1 and 100', async () => {
      const one = await search({ hitsPerPage: 1, sort: 'title' })
      expect(one.hits.length).toBe(1)
      expect(one.totalPages).toBe(total)
      const hundred = await search({ hitsPerPage: 100 })
      expect(hundred.hits.length).toBe(total)
      expect(hundred.totalPages).toBe(1)
    })

    it('rejects out-of-range pages and page sizes', async () => {
      await expect(search({ hitsPerPage: 0 })).rejects.toThrow()
      await expect(search({ hitsPerPage: 101 })).rejects.toThrow()
      await expect(search({ page: 0 })).rejects.toThrow()
    })
  })
}
