import { describe, expect, test } from 'vitest'

import { searchUrlOf } from '../../src/components/site/browser/search-url'
import { normaliseMissedQuery } from '../../src/search/misses'

describe('how a search with no results is counted', () => {
  test('one spelling per search: case, spaces, Unicode forms and invisible characters do not make another', () => {
    expect(normaliseMissedQuery('  Micro   CRÉDIT ', 'fr')).toBe('micro crédit')
    // "é" as one character and as "e" + combining accent.
    expect(normaliseMissedQuery('cre\u0301dit', 'fr')).toBe(normaliseMissedQuery('crédit', 'fr'))
    expect(normaliseMissedQuery('bee\u200bkeeping', 'en')).toBe('bee keeping')
    expect([...normaliseMissedQuery('x'.repeat(500), 'en')!]).toHaveLength(200)
  })

  test('nothing worth counting, or what looks like personal data, is not kept', () => {
    for (const q of ['', ' ', 'a', '!!', '???']) expect(normaliseMissedQuery(q, 'en'), q).toBeNull()
    for (const q of [
      'jane@example.org',
      'tel 0470 12 34 56',
      '+32470123456',
      'BE71 0961 2345 6769',
      'http://x.example/?t=1',
      'www.example.org',
    ])
      expect(normaliseMissedQuery(q, 'en'), q).toBeNull()
    expect(normaliseMissedQuery('housing 2025', 'en')).toBe('housing 2025')
  })
})

describe('the search page’s URL from its form', () => {
  test('an empty query, the default sort and the page are left out; facets keep their order', () => {
    const fields: [string, string][] = [
      ['q', '  coaching '],
      ['type', 'practice'],
      ['country', 'BE'],
      ['country', 'NL'],
      ['sort', 'relevance'],
      ['page', '3'],
    ]
    expect(searchUrlOf('/en/search', fields)).toBe('/en/search?q=coaching&type=practice&country=BE&country=NL')
    expect(
      searchUrlOf('/fr/practices', [
        ['q', ' '],
        ['sort', 'title'],
      ]),
    ).toBe('/fr/practices?sort=title')
    expect(searchUrlOf('/en/search', [])).toBe('/en/search')
  })
})
