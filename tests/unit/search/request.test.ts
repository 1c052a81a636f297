import { describe, expect, it } from 'vitest'
import { FACET_NAMES } from '../../../src/search/port'
import { parseSearchParams } from '../../../src/search/request'

const parse = (query: string) => parseSearchParams(new URLSearchParams(query))

function errorsOf(query: string) {
  const result = parse(query)
  if (result.ok) throw new Error(`expected errors for ${query}`)
  return result.errors
}

describe('parseSearchParams', () => {
  it('applies defaults', () => {
    expect(parse('')).toEqual({
      ok: true,
      request: { locale: 'en', filters: {}, facets: [...FACET_NAMES], sort: 'relevance', page: 1, hitsPerPage: 20 },
    })
  })

  it('reads every parameter', () => {
    const result = parse(
      'q=+micro+credit+&locale=fr&type=practice&type=lesson&country=BE&country=NL&pilot=microstart&themeGroup=economic-inclusion' +
        '&theme=financial-inclusion&targetGroup=refugees&interventionType=microcredit&evidenceLevel=monitored&lessonKind=success' +
        '&year=2023&language=fr&fundingInstrument=ceb-loan&facets=country,type,%20year&sort=newest&page=3&hitsPerPage=100',
    )
    expect(result).toEqual({
      ok: true,
      request: {
        locale: 'fr',
        q: 'micro credit',
        filters: {
          type: ['practice', 'lesson'],
          country: ['BE', 'NL'],
          pilot: ['microstart'],
          themeGroup: ['economic-inclusion'],
          theme: ['financial-inclusion'],
          targetGroup: ['refugees'],
          interventionType: ['microcredit'],
          evidenceLevel: ['monitored'],
          lessonKind: ['success'],
          year: ['2023'],
          language: ['fr'],
          fundingInstrument: ['ceb-loan'],
        },
        facets: ['country', 'type', 'year'],
        sort: 'newest',
        page: 3,
        hitsPerPage: 100,
      },
    })
  })

  it('returns no facets for an empty facets parameter and drops duplicate values', () => {
    const result = parse('facets=&country=BE&country=BE')
    expect(result.ok && result.request.facets).toEqual([])
    expect(result.ok && result.request.filters.country).toEqual(['BE'])
  })

  const badCases: [string, string][] = [
    ['q=' + 'x'.repeat(201), 'q'],
    ['locale=de', 'locale'],
    ['locale=en&locale=fr', 'locale'],
    ['sort=popular', 'sort'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['page=1.5', 'page'],
    ['page=abc', 'page'],
    ['page=', 'page'],
    ['page=200&hitsPerPage=100', 'page'],
    ['hitsPerPage=0', 'hitsPerPage'],
    ['hitsPerPage=101', 'hitsPerPage'],
    ['hitsPerPage=ten', 'hitsPerPage'],
    ['facets=country,colour', 'facets'],
    ['type=blog', 'type'],
    ['country=be', 'country'],
    ['country=BEL', 'country'],
    ['country=BE"%20OR%20type%20%3D%20"lesson', 'country'],
    ['year=twenty', 'year'],
    ['year=2023.5', 'year'],
    ['year=1700', 'year'],
    ['language=FR', 'language'],
    ['pilot=Micro%20Start', 'pilot'],
    ['theme=Financial_Inclusion', 'theme'],
    ['themeGroup=', 'themeGroup'],
    ['evidenceLevel=a%22b', 'evidenceLevel'],
    ['colour=red', 'colour'],
    ['filter[country]=BE', 'filter[country]'],
    ['countries=BE', 'countries'],
  ]
  for (const [query, parameter] of badCases) {
    it(`rejects ${query.slice(0, 50)} naming ${parameter}`, () => {
      const errors = errorsOf(query)
      expect(errors.map((e) => e.parameter)).toEqual([parameter])
      expect(errors[0]!.message.length).toBeGreaterThan(3)
    })
  }

  it('reports every bad parameter at once', () => {
    const errors = errorsOf('country=xx&year=abc&sort=up&foo=1')
    expect(errors.map((e) => e.parameter).sort()).toEqual(['country', 'foo', 'sort', 'year'])
  })

  it('rejects too many values for one facet', () => {
    const query = Array.from({ length: 51 }, (_, i) => `year=${1950 + i}`).join('&')
    expect(errorsOf(query).map((e) => e.parameter)).toEqual(['year'])
  })
})
